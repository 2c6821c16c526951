/**
 * The Cognito `Logins` key Tote uses for the settings' provider, the issuer of its tokens, and
 * what Cognito's refusal of a login means. Cognito answers "Token is not from a supported
 * provider of this identity pool" when the pool has no provider under that key (or not this
 * client id); the devstack's stand-in says "Login provider '<key>' is not configured for identity
 * pool '<id>'"; a token whose `iss` differs from the key gets "Issuer doesn't match providerName".
 */
import type { Settings } from '../../src/settings/schema.ts';
import { cognitoLoginKey, oidcLoginKey } from '../identity/authorization-server.ts';

type Provider = NonNullable<Settings['provider']>;

export function loginKeyOf(provider: Provider): string {
  return provider.type === 'oidc' ? oidcLoginKey(provider.issuer) : cognitoLoginKey(provider);
}

/** The `iss` of the provider's id_tokens. */
export function issuerOf(provider: Provider): string {
  return provider.type === 'oidc' ? provider.issuer : `https://${cognitoLoginKey(provider)}`;
}

export type LoginRefusal = 'unknown-provider' | 'wrong-audience' | 'token';

export function classifyLoginRefusal(message: string): LoginRefusal {
  if (/not configured for identity pool|not from a supported provider|issuer doesn't match providername/i.test(message)) return 'unknown-provider';
  if (/audience/i.test(message)) return 'wrong-audience';
  return 'token';
}

/**
 * A well-formed id_token with a signature nobody made, to ask the pool whether it knows the
 * provider without anyone signed in: the pool looks the provider up by key before it checks the
 * signature, so "unknown provider" and "bad signature" tell the two cases apart.
 */
export function probeToken(provider: Provider, nowSeconds: number): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const header = encode({ alg: 'RS256', typ: 'JWT', kid: 'tote-diagnostics-probe' });
  const payload = encode({ iss: issuerOf(provider), aud: provider.clientId, sub: 'tote-diagnostics-probe', iat: nowSeconds, exp: nowSeconds + 300 });
  return `${header}.${payload}.dG90ZS1kaWFnbm9zdGljcy1wcm9iZQ`;
}
