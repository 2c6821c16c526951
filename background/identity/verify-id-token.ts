/**
 * Checks an id_token's signature against the provider's JWKS, with its issuer, audience and
 * expiry. oauth4webapi validates claims (and the nonce) of tokens it receives from the token
 * endpoint but leaves the signature to the caller; `jose` does that part.
 */
import { t } from '../../src/i18n/t.ts';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { AuthorizationServer, Client } from 'oauth4webapi';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

/** Seconds of clock difference tolerated; more is reported as clock skew. */
const CLOCK_TOLERANCE_S = 120;

export async function verifyIdToken(idToken: string, as: AuthorizationServer, client: Client): Promise<JWTPayload & { sub: string }> {
  if (as.jwks_uri === undefined) throw new ToteError(ErrorCode.IdpUnreachable, t('errorIdpNoSigningKeys', as.issuer));
  let keys = keySets.get(as.jwks_uri);
  if (keys === undefined) {
    keys = createRemoteJWKSet(new URL(as.jwks_uri));
    keySets.set(as.jwks_uri, keys);
  }
  try {
    const { payload } = await jwtVerify(idToken, keys, { issuer: as.issuer, audience: client.client_id, clockTolerance: CLOCK_TOLERANCE_S });
    if (typeof payload.sub !== 'string' || payload.sub === '') throw new Error('the id_token has no subject');
    return payload as JWTPayload & { sub: string };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_JWT_EXPIRED' || (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && /iat|nbf/.test((error as { claim?: string }).claim ?? ''))) {
      throw new ToteError(ErrorCode.ClockSkew, t('errorTokenClockSkew'), { cause: error });
    }
    if (code === 'ERR_JWKS_TIMEOUT' || error instanceof TypeError) {
      throw new ToteError(ErrorCode.IdpUnreachable, t('errorIdpSigningKeysUnreachable'), {
        retryable: true,
        cause: error,
      });
    }
    throw new ToteError(ErrorCode.SignInRejected, t('errorSignInSecurityCheck'), { cause: error });
  }
}
