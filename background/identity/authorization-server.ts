/**
 * Turns the settings' provider preset into what oauth4webapi needs, plus Cognito's login key.
 * - OIDC issuer: its discovery document, fetched once per issuer and kept in memory.
 * - Cognito user pool hosted UI: the endpoints follow from the domain, the issuer from the pool.
 */
import { t } from '../../src/i18n/t.ts';
import * as oauth from 'oauth4webapi';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { Settings } from '../../src/settings/schema.ts';

type Provider = NonNullable<Settings['provider']>;

export interface IdentityProvider {
  as: oauth.AuthorizationServer;
  client: oauth.Client;
  /** Key of the provider's token in Cognito `Logins`. */
  loginKey: string;
  scopes: string[];
  /** oauth4webapi refuses http:// unless told; only loopback issuers (the devstack) get that. */
  requestOptions: { [oauth.allowInsecureRequests]?: boolean };
}

const discovered = new Map<string, Promise<oauth.AuthorizationServer>>();

export async function identityProvider(settings: Settings): Promise<IdentityProvider> {
  const provider = settings.provider;
  if (provider === undefined) {
    throw new ToteError(ErrorCode.NotConfigured, t('errorNoIdentityProvider'));
  }
  const client: oauth.Client = { client_id: provider.clientId, token_endpoint_auth_method: 'none' };
  if (provider.type === 'cognito-user-pool') {
    return { as: cognitoHostedUi(provider), client, loginKey: cognitoLoginKey(provider), scopes: provider.scopes, requestOptions: {} };
  }
  const issuer = new URL(provider.issuer);
  const requestOptions = isLoopback(issuer) ? { [oauth.allowInsecureRequests]: true } : {};
  let as = discovered.get(provider.issuer);
  if (as === undefined) {
    as = discover(issuer, requestOptions);
    discovered.set(provider.issuer, as);
    as.catch(() => discovered.delete(provider.issuer));
  }
  return { as: await as, client, loginKey: oidcLoginKey(provider.issuer), scopes: provider.scopes, requestOptions };
}

/** Cognito's rule: the issuer without `https://`. For a loopback http issuer, without `http://`. */
export function oidcLoginKey(issuer: string): string {
  return issuer.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export function cognitoLoginKey(provider: Extract<Provider, { type: 'cognito-user-pool' }>): string {
  const region = provider.userPoolId.split('_')[0];
  return `cognito-idp.${region}.amazonaws.com/${provider.userPoolId}`;
}

function cognitoHostedUi(provider: Extract<Provider, { type: 'cognito-user-pool' }>): oauth.AuthorizationServer {
  const domain = provider.domain.replace(/\/$/, '');
  const issuer = `https://${cognitoLoginKey(provider)}`;
  return {
    issuer,
    authorization_endpoint: `${domain}/oauth2/authorize`,
    token_endpoint: `${domain}/oauth2/token`,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    // Cognito's logout endpoint takes client_id and logout_uri rather than the OIDC parameters.
    end_session_endpoint: `${domain}/logout`,
    revocation_endpoint: `${domain}/oauth2/revoke`,
  };
}

/** Fetches and checks an issuer's discovery document, uncached (Test connection in the options). */
export function discoverIssuer(issuer: string): Promise<oauth.AuthorizationServer> {
  const url = new URL(issuer);
  return discover(url, isLoopback(url) ? { [oauth.allowInsecureRequests]: true } : {});
}

async function discover(issuer: URL, options: IdentityProvider['requestOptions']): Promise<oauth.AuthorizationServer> {
  let response: Response;
  try {
    response = await oauth.discoveryRequest(issuer, { ...options, algorithm: 'oidc' });
  } catch (error) {
    throw new ToteError(ErrorCode.IdpUnreachable, t('errorIdpUnreachable', issuer.href), { retryable: true, cause: error });
  }
  try {
    return await oauth.processDiscoveryResponse(issuer, response);
  } catch (error) {
    throw new ToteError(ErrorCode.IdpUnreachable, t('errorIdpNoDiscovery', issuer.href), { cause: error });
  }
}

/** Loopback hosts (the devstack), the only ones oauth4webapi may reach over http. */
export function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}
