/**
 * Authorization code flow with PKCE, `state` and `nonce` in `launchWebAuthFlow`, using
 * oauth4webapi for every protocol step; the id_token's signature is checked by verifyIdToken.
 */
import { t } from '../../src/i18n/t.ts';
import * as oauth from 'oauth4webapi';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { IdentityProvider } from './authorization-server.ts';
import { tokenSetFrom, type TokenSet } from './token-set.ts';
import type { WebAuthFlow } from './web-auth-flow.ts';

/**
 * `forceLogin` asks the provider to prompt for the password even if its own session is still
 * alive — after a sign-out whose provider logout may not have gone through (Firefox runs
 * non-interactive flows without scripts, so a logout page that confirms by script never ends).
 */
export async function runSignIn(provider: IdentityProvider, flow: WebAuthFlow, options: { forceLogin?: boolean; silent?: boolean } = {}): Promise<TokenSet> {
  const { as, client, requestOptions } = provider;
  if (as.authorization_endpoint === undefined) throw new ToteError(ErrorCode.IdpUnreachable, t('errorIdpNoAuthorizationEndpoint', as.issuer));
  const redirectUri = flow.redirectUrl();
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const url = new URL(as.authorization_endpoint);
  // `silent`: no window at all (`prompt=none`); it succeeds only where the provider's own session is alive.
  const prompt = options.silent
    ? ['none']
    : [
        ...(options.forceLogin ? ['login'] : []),
        // OpenID Connect only issues a refresh token for offline_access after explicit consent.
        ...(provider.scopes.includes('offline_access') ? ['consent'] : []),
      ];
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: provider.scopes.join(' '),
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...(prompt.length > 0 ? { prompt: prompt.join(' ') } : {}),
  }).toString();

  const callback = await launch(flow, url.href, redirectUri, !options.silent);
  let parameters: URLSearchParams;
  try {
    parameters = oauth.validateAuthResponse(as, client, new URL(callback), state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) {
      throw new ToteError(
        ErrorCode.SignInRejected,
        error.error_description ? t('errorSignInRefusedDescribed', error.error, error.error_description) : t('errorSignInRefused', error.error),
        { cause: error },
      );
    }
    throw new ToteError(ErrorCode.SignInRejected, t('errorSignInStateMismatch'), { cause: error });
  }
  let response: Response;
  try {
    response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), parameters, redirectUri, codeVerifier, requestOptions);
  } catch (error) {
    throw new ToteError(ErrorCode.IdpUnreachable, t('errorIdpUnreachableSigningIn'), {
      retryable: true,
      cause: error,
    });
  }
  try {
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: nonce, requireIdToken: true });
    return await tokenSetFrom(result, provider);
  } catch (error) {
    if (error instanceof ToteError) throw error;
    throw new ToteError(ErrorCode.SignInRejected, t('errorSignInTokensFailed', describe(error)), { cause: error });
  }
}

async function launch(flow: WebAuthFlow, url: string, redirectUri: string, interactive: boolean): Promise<string> {
  try {
    return await flow.launch(url, interactive);
  } catch (error) {
    throw new ToteError(ErrorCode.SignInCancelled, t('errorSignInCancelled', redirectUri), { cause: error });
  }
}

function describe(error: unknown): string {
  if (error instanceof oauth.ResponseBodyError) return `${error.error}${error.error_description ? `: ${error.error_description}` : ''}`;
  if (error instanceof Error) return error.message;
  return t('errorUnknownProblem');
}
