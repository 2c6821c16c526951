/**
 * The stack description: everything a client needs to use a running devstack, written to
 * `<stateDir>/stack.json`, printed by `npm run devstack`, and handed to tests. Its `settings`
 * is a Tote settings file (src/settings/schema.ts) pointing at the stack, ready to load.
 */
import type { SettingsInput } from '../src/settings/schema.ts';
import {
  BUCKET,
  CHROME_EXTENSION_ID,
  EXPIRED_CREDENTIALS_POOL_ID,
  FIREFOX_REDIRECT_HOST,
  GUEST_POOL_ID,
  NO_GUEST_POOL_ID,
  OTHER_PROVIDER_POOL_ID,
  OIDC_CLIENT_ID,
  OTHER_CLIENT_ID,
  REGION,
  SHORT_LIVED_CLIENT_ID,
  TEST_USERS,
  THROWAWAY_DOMAIN,
  THROWAWAY_PASSWORD,
  type TestUser,
} from './constants.ts';
import { ROLE_NAME, roleArn } from './rgw/policies.ts';

export interface TokenLifetimes {
  /** IdP id_token, seconds. */
  idToken: number;
  accessToken: number;
  refreshToken: number;
  /** AWS credentials issued through the Cognito stand-in (RGW: 900 s at least). */
  awsCredentials: number;
}

export interface StackPorts {
  idp: number;
  cognito: number;
  s3: number;
}

export interface StackDescription {
  region: string;
  bucket: string;
  /** The pool the settings use (guests allowed). */
  identityPoolId: string;
  /** `otherProvider`: guests allowed, but its only login provider is another issuer (login key mismatch). */
  identityPools: { guests: string; noGuests: string; otherProvider: string };
  /**
   * For tests: a pool (guests allowed) whose credentials are issued already expired, by a second
   * gateway whose clock runs `clockOffsetSeconds` behind. Null when not started.
   */
  expiredCredentials: { identityPoolId: string; gatewayEndpoint: string; clockOffsetSeconds: number } | null;
  s3: { endpoint: string; forcePathStyle: true };
  /** RGW's STS and IAM share the S3 endpoint. */
  sts: { endpoint: string; roles: { guest: string; authenticated: string } };
  cognito: { endpoint: string; statsUrl: string; resetStatsUrl: string };
  idp: {
    issuer: string;
    /** Token endpoint grants by type (`authorization_code`, `refresh_token`, `errors`); POST `resetStatsUrl` zeroes them. */
    statsUrl: string;
    resetStatsUrl: string;
    clientId: string;
    /** Test clients: one the pools refuse (wrong audience), one whose id_tokens live 2 s. */
    otherClientId: string;
    shortLivedClientId: string;
    /** The `Logins` key: the issuer without its scheme (Cognito strips `https://`; we strip `http://` too). */
    loginKey: string;
    scopes: string[];
    redirectUris: { chrome: string; firefox: string };
  };
  testUsers: TestUser[];
  /** Any `<name>@<domain>` (name: a-z, 0-9, `.`, `_`, `-`) signs in with this password as a new user. */
  throwawayUsers: { domain: string; password: string };
  /** RGW user owning the bucket. Development only: it can do anything on the stack. */
  s3Admin: { accessKeyId: string; secretAccessKey: string };
  tokenLifetimes: TokenLifetimes;
  ports: StackPorts;
  stateDir: string;
  logDir: string;
  settings: SettingsInput;
}

export interface DescriptionInput {
  ports: StackPorts;
  admin: { accessKeyId: string; secretAccessKey: string };
  tokenLifetimes: TokenLifetimes;
  expiredCredentials?: { port: number; clockOffsetSeconds: number };
  stateDir: string;
  logDir: string;
}

export function describeStack(input: DescriptionInput): StackDescription {
  const issuer = `http://127.0.0.1:${input.ports.idp}`;
  const s3Endpoint = `http://127.0.0.1:${input.ports.s3}`;
  const cognitoEndpoint = `http://127.0.0.1:${input.ports.cognito}`;
  const scopes = ['openid', 'email', 'profile', 'offline_access'];
  return {
    region: REGION,
    bucket: BUCKET,
    identityPoolId: GUEST_POOL_ID,
    identityPools: { guests: GUEST_POOL_ID, noGuests: NO_GUEST_POOL_ID, otherProvider: OTHER_PROVIDER_POOL_ID },
    expiredCredentials: input.expiredCredentials
      ? {
          identityPoolId: EXPIRED_CREDENTIALS_POOL_ID,
          gatewayEndpoint: `http://127.0.0.1:${input.expiredCredentials.port}`,
          clockOffsetSeconds: input.expiredCredentials.clockOffsetSeconds,
        }
      : null,
    s3: { endpoint: s3Endpoint, forcePathStyle: true },
    sts: { endpoint: s3Endpoint, roles: { guest: roleArn(ROLE_NAME.guest), authenticated: roleArn(ROLE_NAME.authenticated) } },
    cognito: { endpoint: cognitoEndpoint, statsUrl: `${cognitoEndpoint}/_stats`, resetStatsUrl: `${cognitoEndpoint}/_stats/reset` },
    idp: {
      issuer,
      statsUrl: `${issuer}/_stats`,
      resetStatsUrl: `${issuer}/_stats/reset`,
      clientId: OIDC_CLIENT_ID,
      otherClientId: OTHER_CLIENT_ID,
      shortLivedClientId: SHORT_LIVED_CLIENT_ID,
      loginKey: issuer.replace(/^https?:\/\//, ''),
      scopes,
      redirectUris: { chrome: `https://${CHROME_EXTENSION_ID}.chromiumapp.org/`, firefox: `https://${FIREFOX_REDIRECT_HOST}/` },
    },
    testUsers: [...TEST_USERS],
    throwawayUsers: { domain: THROWAWAY_DOMAIN, password: THROWAWAY_PASSWORD },
    s3Admin: input.admin,
    tokenLifetimes: input.tokenLifetimes,
    ports: input.ports,
    stateDir: input.stateDir,
    logDir: input.logDir,
    settings: {
      version: 1,
      region: REGION,
      identityPoolId: GUEST_POOL_ID,
      bucket: BUCKET,
      allowGuests: true,
      s3: { endpoint: s3Endpoint, forcePathStyle: true },
      cognitoEndpoint,
      provider: { type: 'oidc', issuer, clientId: OIDC_CLIENT_ID, scopes },
    },
  };
}
