/**
 * A signed-in session is bound to where it came from (docs/security.md): the pool, the Cognito
 * service and the provider it was made with. Tokens go only there. Settings that name anything
 * else (changed, imported) do not inherit the session: the user is signed out first.
 */
import type { Settings } from '../../src/settings/schema.ts';
import type { SessionBinding } from '../../src/storage/identity-records.ts';
import { cognitoLoginKey, oidcLoginKey, type IdentityProvider } from './authorization-server.ts';

export function bindingFor(settings: Settings, provider: IdentityProvider): SessionBinding {
  const { as } = provider;
  if (as.token_endpoint === undefined) throw new Error('bindingFor: the provider has no token endpoint');
  return {
    identityPoolId: settings.identityPoolId,
    region: settings.region,
    ...(settings.cognitoEndpoint ? { cognitoEndpoint: settings.cognitoEndpoint } : {}),
    issuer: as.issuer,
    clientId: provider.client.client_id,
    tokenEndpoint: as.token_endpoint,
    ...(as.revocation_endpoint ? { revocationEndpoint: as.revocation_endpoint } : {}),
    ...(as.end_session_endpoint ? { endSessionEndpoint: as.end_session_endpoint } : {}),
    loginKey: provider.loginKey,
  };
}

/** Whether `settings` name the same pool, Cognito service, issuer, client and login key (no network needed). */
export function settingsKeepBinding(binding: SessionBinding, settings: Settings): boolean {
  const provider = settings.provider;
  if (provider === undefined) return false;
  const issuer = provider.type === 'oidc' ? provider.issuer : `https://${cognitoLoginKey(provider)}`;
  const loginKey = provider.type === 'oidc' ? oidcLoginKey(provider.issuer) : cognitoLoginKey(provider);
  return (
    binding.identityPoolId === settings.identityPoolId &&
    binding.region === settings.region &&
    binding.cognitoEndpoint === settings.cognitoEndpoint &&
    sameUrl(binding.issuer, issuer) &&
    binding.clientId === provider.clientId &&
    binding.loginKey === loginKey
  );
}

/** Whether the provider discovered now still has the endpoints the session was made with. */
export function providerKeepsBinding(binding: SessionBinding, provider: IdentityProvider): boolean {
  return (
    sameUrl(binding.issuer, provider.as.issuer) &&
    binding.clientId === provider.client.client_id &&
    binding.tokenEndpoint === provider.as.token_endpoint &&
    binding.loginKey === provider.loginKey
  );
}

const sameUrl = (a: string, b: string) => a.replace(/\/$/, '') === b.replace(/\/$/, '');
