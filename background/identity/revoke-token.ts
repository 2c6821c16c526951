/**
 * Sign-out revokes the refresh token at the provider (RFC 7009), at the revocation endpoint the
 * session was bound to (the discovery document's, or Cognito's `/oauth2/revoke`). Best effort:
 * Tote's own copy is wiped whatever the provider answers, and an unreachable provider must not
 * keep the user signed in.
 */
import * as oauth from 'oauth4webapi';
import type { SessionBinding } from '../../src/storage/identity-records.ts';
import { isLoopback } from './authorization-server.ts';

const TIMEOUT_MS = 5_000;

export async function revokeRefreshToken(binding: SessionBinding, refreshToken: string): Promise<boolean> {
  if (binding.revocationEndpoint === undefined) return false;
  const as: oauth.AuthorizationServer = { issuer: binding.issuer, revocation_endpoint: binding.revocationEndpoint };
  const insecure = isLoopback(new URL(binding.revocationEndpoint));
  try {
    const response = await oauth.revocationRequest(as, { client_id: binding.clientId }, oauth.None(), refreshToken, {
      additionalParameters: { token_type_hint: 'refresh_token' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      ...(insecure ? { [oauth.allowInsecureRequests]: true } : {}),
    });
    await oauth.processRevocationResponse(response);
    return true;
  } catch (error) {
    console.warn('Tote: the identity provider did not confirm the refresh token revocation', error);
    return false;
  }
}
