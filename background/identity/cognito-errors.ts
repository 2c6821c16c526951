/** Amazon Cognito's answers, turned into codes and sentences a person can act on. */
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { isNetworkFailure } from '../network-failure.ts';

export function cognitoError(error: unknown, context: { identityPoolId: string; loginKey?: string }): ToteError {
  if (error instanceof ToteError) return error;
  const name = (error as { name?: string }).name ?? '';
  const message = (error as { message?: string }).message ?? '';
  if (name === 'NotAuthorizedException' && /unauthenticated access is not supported/i.test(message)) {
    return new ToteError(
      ErrorCode.SignInRequired,
      'The identity pool does not allow guests — sign in, or enable unauthenticated access in the identity pool.',
      { cause: error },
    );
  }
  if (name === 'NotAuthorizedException' && /logins don't match|issuer doesn't match|invalid login token|providername/i.test(message)) {
    return new ToteError(
      ErrorCode.LoginMismatch,
      `Amazon Cognito refused the sign-in token (${message.replace(/\.$/, '')}). The identity pool's provider must be ${context.loginKey ?? 'the one configured in Tote'} with this app's client id as its audience.`,
      { cause: error },
    );
  }
  if (name === 'NotAuthorizedException') {
    return new ToteError(ErrorCode.SessionExpired, `Amazon Cognito refused the sign-in (${message.replace(/\.$/, '')}). Sign in again.`, { cause: error });
  }
  if (name === 'ResourceNotFoundException') {
    return new ToteError(
      ErrorCode.CognitoUnavailable,
      `Amazon Cognito does not know the identity pool ${context.identityPoolId} (or the identity was deleted). Check the pool id and region in Tote's options.`,
      { cause: error },
    );
  }
  if (name === 'TooManyRequestsException' || name === 'LimitExceededException') {
    return new ToteError(ErrorCode.CognitoUnavailable, 'Amazon Cognito is throttling requests. Wait a moment and try again.', {
      retryable: true,
      cause: error,
    });
  }
  if (isNetworkFailure(error)) {
    return new ToteError(
      ErrorCode.CognitoUnavailable,
      "Amazon Cognito could not be reached. Check your network (and the Cognito endpoint in Tote's options).",
      { retryable: true, cause: error },
    );
  }
  return new ToteError(ErrorCode.CognitoUnavailable, `Amazon Cognito did not give credentials (${name || 'error'}: ${message || 'no details'}).`, {
    retryable: true,
    cause: error,
  });
}
