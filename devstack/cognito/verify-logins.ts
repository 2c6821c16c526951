/**
 * Verifies the tokens in `Logins` against each provider's published keys (signature, `iss`,
 * `aud`, `exp`), as Cognito does, and answers NotAuthorizedException for anything else.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { invalidParameter, notAuthorized } from './errors.ts';
import type { VerifiedLogin } from './identity-rules.ts';
import type { LoginProvider, PoolConfig } from './pools-config.ts';

/** The provider's key set, found through its discovery document and cached per issuer. */
const keySets = new Map<string, Promise<JWTVerifyGetKey>>();

async function keySetFor(issuer: string): Promise<JWTVerifyGetKey> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery of ${issuer} answered ${response.status}`);
  const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri: string };
  return createRemoteJWKSet(new URL(jwksUri));
}

function cachedKeySet(issuer: string): Promise<JWTVerifyGetKey> {
  let keySet = keySets.get(issuer);
  if (!keySet) {
    keySet = keySetFor(issuer);
    keySets.set(issuer, keySet);
    keySet.catch(() => keySets.delete(issuer));
  }
  return keySet;
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Token expired.';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') return 'Incorrect token audience.';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iss') return "Issuer doesn't match providerName.";
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'Invalid signature.';
  return error instanceof Error ? error.message : String(error);
}

async function verifyOne(provider: LoginProvider, token: string): Promise<VerifiedLogin> {
  let keySet: JWTVerifyGetKey;
  try {
    keySet = await cachedKeySet(provider.issuer);
  } catch (error) {
    throw notAuthorized(`Invalid login token. Couldn't fetch the keys of ${provider.issuer}: ${reason(error)}`);
  }
  try {
    const { payload } = await jwtVerify(token, keySet, { issuer: provider.issuer, audience: provider.audiences, algorithms: ['RS256', 'ES256', 'PS256'] });
    if (!payload.sub) throw new Error('The token has no subject.');
    return { loginKey: provider.loginKey, sub: payload.sub };
  } catch (error) {
    throw notAuthorized(`Invalid login token. ${reason(error)}`);
  }
}

export async function verifyLogins(pool: PoolConfig, logins: Record<string, string> | undefined): Promise<VerifiedLogin[]> {
  const entries = Object.entries(logins ?? {});
  if (entries.length > 10) throw invalidParameter('Too many logins.');
  return Promise.all(
    entries.map(([key, token]) => {
      const provider = pool.providers.find((p) => p.loginKey === key);
      if (!provider) throw notAuthorized(`Invalid login token. Login provider '${key}' is not configured for identity pool '${pool.id}'.`);
      return verifyOne(provider, token);
    }),
  );
}
