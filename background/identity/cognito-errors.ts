/** Amazon Cognito's answers, turned into codes and sentences a person can act on. */
import { t } from '../../src/i18n/t.ts';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { isNetworkFailure } from '../network-failure.ts';

export function cognitoError(error: unknown, context: { identityPoolId: string; loginKey?: string }): ToteError {
  if (error instanceof ToteError) return error;
  const name = (error as { name?: string }).name ?? '';
  const message = (error as { message?: string }).message ?? '';
  if (name === 'NotAuthorizedException' && /unauthenticated access is not supported/i.test(message)) {
    return new ToteError(ErrorCode.SignInRequired, t('errorCognitoNoGuests'), { cause: error });
  }
  if (name === 'NotAuthorizedException' && /logins don't match|issuer doesn't match|invalid login token|providername/i.test(message)) {
    return new ToteError(
      ErrorCode.LoginMismatch,
      context.loginKey === undefined
        ? t('errorCognitoLoginMismatch', message.replace(/\.$/, ''))
        : t('errorCognitoLoginMismatchKey', message.replace(/\.$/, ''), context.loginKey),
      { cause: error },
    );
  }
  if (name === 'NotAuthorizedException') {
    return new ToteError(ErrorCode.SessionExpired, t('errorCognitoRefusedSignIn', message.replace(/\.$/, '')), { cause: error });
  }
  if (name === 'ResourceNotFoundException') {
    return new ToteError(ErrorCode.CognitoUnavailable, t('errorCognitoUnknownPool', context.identityPoolId), { cause: error });
  }
  if (name === 'TooManyRequestsException' || name === 'LimitExceededException') {
    return new ToteError(ErrorCode.CognitoUnavailable, t('errorCognitoThrottled'), {
      retryable: true,
      cause: error,
    });
  }
  if (isNetworkFailure(error)) {
    return new ToteError(ErrorCode.CognitoUnavailable, t('errorCognitoUnreachable'), { retryable: true, cause: error });
  }
  return new ToteError(ErrorCode.CognitoUnavailable, t('errorCognitoNoCredentials', name || 'error', message || t('errorNoDetails')), {
    retryable: true,
    cause: error,
  });
}
