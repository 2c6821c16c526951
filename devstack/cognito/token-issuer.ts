/**
 * An OpenID token issuer inside the stand-in: signs tokens and serves the discovery document and
 * JWKS for them. The stand-in runs two, with different keys and issuer URLs:
 *  - `/sts`: tokens only the stand-in ever holds, presented to RGW's AssumeRoleWithWebIdentity.
 *    RGW trusts this issuer, and STS needs no signature, so such a token must never leave.
 *  - `/openid`: what GetOpenIdToken hands out (as Cognito's `cognito-identity.amazonaws.com`);
 *    RGW does not trust it, so a client cannot use it to escape its session policy.
 */
import { SignJWT, type JWK, type JWTPayload } from 'jose';
import type { SigningKey } from './signing-key.ts';

export interface TokenIssuer {
  issuer: string;
  /** Path part of the issuer URL, under which its documents are served. */
  path: string;
  key: SigningKey;
}

export interface SignOptions {
  subject: string;
  audience: string;
  lifetimeSeconds: number;
  /** Shift iat/exp, for a gateway whose clock is shifted by the same amount. */
  clockOffsetSeconds?: number;
}

export function signToken(issuer: TokenIssuer, claims: JWTPayload, options: SignOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000) + (options.clockOffsetSeconds ?? 0);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: issuer.key.kid, typ: 'JWT' })
    .setIssuer(issuer.issuer)
    .setSubject(options.subject)
    .setAudience(options.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + options.lifetimeSeconds)
    .sign(issuer.key.privateKey);
}

export function jwks(issuer: TokenIssuer): { keys: JWK[] } {
  return { keys: [issuer.key.publicJwk] };
}

/**
 * Documents served per issuer path. RGW 16.2 fetches keys either from the discovery document's
 * `jwks_uri` or, in older 16.2 releases, from Keycloak's fixed `<iss>/protocol/openid-connect/certs`:
 * both are served.
 */
export function issuerDocuments(issuer: TokenIssuer): Map<string, unknown> {
  const jwksPath = `${issuer.path}/.well-known/jwks.json`;
  return new Map<string, unknown>([
    [
      `${issuer.path}/.well-known/openid-configuration`,
      {
        issuer: issuer.issuer,
        jwks_uri: new URL(jwksPath, issuer.issuer).href,
        response_types_supported: ['id_token'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
      },
    ],
    [jwksPath, jwks(issuer)],
    [`${issuer.path}/protocol/openid-connect/certs`, jwks(issuer)],
  ]);
}
