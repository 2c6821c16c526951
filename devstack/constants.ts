/**
 * Fixed facts of the development stack: the ids the development build of the extension is pinned
 * to, the identity pools, the bucket and the test users. Ports and URLs are not here: they depend
 * on where a stack runs and are carried by the stack description instead.
 */

export const REGION = 'us-east-1';
export const BUCKET = 'tote-dev';
export const OIDC_CLIENT_ID = 'tote-dev';
/** A second client of the IdP that the identity pools do not accept: a real wrong-audience token. */
export const OTHER_CLIENT_ID = 'tote-dev-other';
/** A client the pools accept whose id_tokens live 2 s: a real expired token, quickly. */
export const SHORT_LIVED_CLIENT_ID = 'tote-dev-short-lived';
export const SHORT_LIVED_SECONDS = 2;

/** Pinned by the manifest `key` of development builds. */
export const CHROME_EXTENSION_ID = 'fkijocbgebhfbknanopdnbnhglffjdob';
export const FIREFOX_ADDON_ID = 'tote@tote.dev';
/** Firefox's redirect host is the SHA-1 of the add-on id (identity.getRedirectURL()). */
export const FIREFOX_REDIRECT_HOST = 'a822e05fb98636a7dee72c3151449e642039c634.extensions.allizom.org';

/** What identity.getRedirectURL() returns in each browser, plus a `/callback` variant. */
export const REDIRECT_URIS = [
  `https://${CHROME_EXTENSION_ID}.chromiumapp.org/`,
  `https://${CHROME_EXTENSION_ID}.chromiumapp.org/callback`,
  `https://${FIREFOX_REDIRECT_HOST}/`,
  `https://${FIREFOX_REDIRECT_HOST}/callback`,
];

export const GUEST_POOL_ID = 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0';
export const NO_GUEST_POOL_ID = 'us-east-1:0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
/**
 * Test-only pool (guests allowed) whose only login provider is another issuer: the stack's IdP's
 * tokens are refused there, as when an identity pool and Tote name different providers.
 */
export const OTHER_PROVIDER_POOL_ID = 'us-east-1:5e1f0a2b-9c8d-4e7f-a6b5-c4d3e2f1a0b9';
/** That pool's provider: an issuer nobody runs here (the stand-in never needs its keys). */
export const OTHER_PROVIDER_ISSUER = 'https://accounts.example.com';
/**
 * Test-only pool whose credentials come from a gateway whose clock runs behind, so they are
 * already expired when issued (RGW refuses sessions shorter than 900 s, and waiting is no test).
 */
export const EXPIRED_CREDENTIALS_POOL_ID = 'us-east-1:e0e0e0e0-dead-4bad-8bad-c0ffee000000';

export interface TestUser {
  email: string;
  password: string;
  name: string;
  /** The IdP's stable subject for this user. */
  sub: string;
}

export const TEST_USERS: readonly TestUser[] = [
  { email: 'alice@example.com', password: 'alice-password', name: 'Alice Example', sub: 'user-alice' },
  { email: 'bob@example.com', password: 'bob-password', name: 'Bob Example', sub: 'user-bob' },
];

/**
 * Besides the fixed users, any `<name>@throwaway.example` signs in with this password and is a
 * user never seen before: tests sharing one stack need identities no other test has linked.
 */
export const THROWAWAY_DOMAIN = 'throwaway.example';
export const THROWAWAY_PASSWORD = 'throwaway-password';

export function throwawayUser(name: string): TestUser | undefined {
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(name)) return undefined;
  return { email: `${name}@${THROWAWAY_DOMAIN}`, password: THROWAWAY_PASSWORD, name: `Throwaway ${name}`, sub: `throwaway-${name}` };
}

/** Ports `npm run devstack` uses unless told otherwise; the extension's dev build defaults to them. */
export const DEFAULT_PORTS = { idp: 9400, cognito: 9401, s3: 9402 } as const;
