/** The tokens kept after a sign-in or a refresh, taken from a checked token endpoint answer. */
import { t } from '../../src/i18n/t.ts';
import type * as oauth from 'oauth4webapi';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { IdentityProvider } from './authorization-server.ts';
import { verifyIdToken } from './verify-id-token.ts';

export interface TokenSet {
  idToken: string;
  /** Epoch ms. */
  idTokenExpiresAt: number;
  refreshToken?: string;
  subject: string;
  email?: string;
  name?: string;
}

export async function tokenSetFrom(result: oauth.TokenEndpointResponse, provider: IdentityProvider): Promise<TokenSet> {
  if (result.id_token === undefined) throw new ToteError(ErrorCode.SignInRejected, t('errorNoIdToken'));
  const claims = await verifyIdToken(result.id_token, provider.as, provider.client);
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);
  return {
    idToken: result.id_token,
    idTokenExpiresAt: (claims.exp ?? 0) * 1000,
    ...(result.refresh_token ? { refreshToken: result.refresh_token } : {}),
    subject: claims.sub,
    ...(text(claims.email) ? { email: text(claims.email) } : {}),
    ...((text(claims.name) ?? text(claims.preferred_username)) ? { name: text(claims.name) ?? text(claims.preferred_username) } : {}),
  };
}
