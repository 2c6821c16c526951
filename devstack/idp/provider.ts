/**
 * The OpenID provider (npm `oidc-provider`): one public client with PKCE required, RS256
 * id_tokens that carry the email, refresh tokens for `offline_access`, and RP-initiated logout.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { OIDC_CLIENT_ID, OTHER_CLIENT_ID, REDIRECT_URIS, SHORT_LIVED_CLIENT_ID, SHORT_LIVED_SECONDS } from '../constants.ts';
import { isExtensionOrigin } from '../cors.ts';
import { remembered } from '../state/json-file.ts';
import { fileAdapter } from './file-adapter.ts';
import { findAccount } from './users.ts';

/** Seconds. Short ones let tests exercise refresh and expiry without waiting long. */
export interface IdpLifetimes {
  idToken: number;
  accessToken: number;
  refreshToken: number;
}

/**
 * The logout confirmation submits itself: like Cognito's hosted UI `/logout`, the extension's
 * `launchWebAuthFlow` must see an immediate redirect, with no page to click through.
 */
async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  ctx.body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Signing out</title></head>
<body>${form}<input type="hidden" form="op.logoutForm" name="logout" value="yes">
<script>document.getElementById('op.logoutForm').submit()</script>
<noscript><button type="submit" form="op.logoutForm">Sign out</button></noscript></body></html>`;
}

/**
 * The signing key and cookie keys, kept in the state directory with the sessions and grants: a
 * restarted stack still accepts its users' cookies and refresh tokens and the id_tokens it issued.
 */
function rememberedKeys(stateDir: string) {
  return remembered(join(stateDir, 'idp-keys.json'), () => ({
    jwk: {
      ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
      kid: `idp-${randomBytes(4).toString('hex')}`,
      alg: 'RS256',
      use: 'sig',
    },
    cookieKeys: [randomBytes(32).toString('base64url')],
  }));
}

export function createProvider(issuer: string, lifetimes: IdpLifetimes, stateDir: string): Provider {
  const { jwk, cookieKeys } = rememberedKeys(stateDir);
  const configuration: Configuration = {
    adapter: fileAdapter(join(stateDir, 'idp-store.json')),
    clients: [OIDC_CLIENT_ID, OTHER_CLIENT_ID, SHORT_LIVED_CLIENT_ID].map((clientId) => ({
      client_id: clientId,
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: REDIRECT_URIS,
      post_logout_redirect_uris: REDIRECT_URIS,
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: cookieKeys },
    findAccount,
    scopes: ['openid', 'offline_access', 'email', 'profile'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Put scope claims (email) into the id_token even though an access token is issued too:
    // Cognito and the extension read the id_token, never userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    clientBasedCORS: (_ctx, origin) => isExtensionOrigin(origin),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource },
    },
    ttl: {
      IdToken: (_ctx, _token, client) => (client?.clientId === SHORT_LIVED_CLIENT_ID ? SHORT_LIVED_SECONDS : lifetimes.idToken),
      AccessToken: (_ctx, _token, client) => (client?.clientId === SHORT_LIVED_CLIENT_ID ? SHORT_LIVED_SECONDS : lifetimes.accessToken),
      RefreshToken: lifetimes.refreshToken,
      Interaction: 600,
      Session: 86_400,
      Grant: 86_400,
    },
  };
  return new Provider(issuer, configuration);
}
