/** Renews the id_token with the refresh token, without any UI. */
import { t } from '../../src/i18n/t.ts';
import * as oauth from 'oauth4webapi';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { IdentityProvider } from './authorization-server.ts';
import { tokenSetFrom, type TokenSet } from './token-set.ts';

export async function runRefresh(provider: IdentityProvider, refreshToken: string, expectedSubject: string): Promise<TokenSet> {
  let response: Response;
  try {
    response = await oauth.refreshTokenGrantRequest(provider.as, provider.client, oauth.None(), refreshToken, provider.requestOptions);
  } catch (error) {
    throw new ToteError(ErrorCode.IdpUnreachable, t('errorIdpUnreachableRenewing'), { retryable: true, cause: error });
  }
  let tokens: TokenSet;
  try {
    const result = await oauth.processRefreshTokenResponse(provider.as, provider.client, response);
    tokens = await tokenSetFrom(result, provider);
  } catch (error) {
    if (error instanceof ToteError && error.code !== ErrorCode.SignInRejected) throw error;
    throw new ToteError(ErrorCode.SessionExpired, t('errorSessionNotRenewed'), { cause: error });
  }
  if (tokens.subject !== expectedSubject) throw new ToteError(ErrorCode.SessionExpired, t('errorSessionOtherUser'));
  // Providers may rotate the refresh token or keep the old one valid.
  return tokens.refreshToken ? tokens : { ...tokens, refreshToken };
}
