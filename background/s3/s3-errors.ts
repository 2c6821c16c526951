/** S3 and network failures as codes and sentences a person can act on. */
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { PRIVATE_PREFIX_TEMPLATE, resolveKeyTemplate } from '../../src/s3/key-template.ts';
import { isNetworkFailure } from '../network-failure.ts';

export interface S3ErrorContext {
  signedIn: boolean;
  key?: string;
  /** The caller's identity: a refusal inside their own folder is not "no access to someone else's files". */
  identityId?: string;
}

/** A refusal of a key the user may reach: the sign-in or the bucket's rules are what changed, not the key. */
function refusedInOwnFolder(context: S3ErrorContext): boolean {
  return (
    context.identityId !== undefined && context.key !== undefined && context.key.startsWith(resolveKeyTemplate(PRIVATE_PREFIX_TEMPLATE, context.identityId))
  );
}

export function s3Error(error: unknown, context: S3ErrorContext): ToteError {
  if (error instanceof ToteError) return error;
  const name = (error as { name?: string }).name ?? '';
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const where = context.key ? `"${context.key}"` : 'that location';
  // Named answers first: several come with a generic status (a skewed clock is a 403).
  if (name === 'RequestTimeTooSkewed')
    return new ToteError(ErrorCode.ClockSkew, "This computer's clock is too far off for S3 to accept requests. Set the clock right and try again.", {
      cause: error,
    });
  if (name === 'NoSuchBucket')
    return new ToteError(ErrorCode.NotConfigured, "The bucket in Tote's options does not exist. Check its name and region.", { cause: error });
  if (name === 'SlowDown' || name === 'ThrottlingException' || status === 503)
    return new ToteError(ErrorCode.Throttled, 'S3 is asking Tote to slow down. Try again in a moment.', { retryable: true, cause: error });
  if (name === 'AccessDenied' || status === 403) {
    const message = !context.signedIn
      ? `Guests cannot do that${context.key ? ` in "${context.key}"` : ''}. Sign in to get to your own files.`
      : refusedInOwnFolder(context)
        ? // S3 (and RGW) answer 403, not 404, for a missing key where the policy allows no listing of it.
          `S3 refused ${where}, although it is in your own folder: it may have been deleted or moved meanwhile. Refresh the list; if it is still there, sign in again, and if that does not help, ask whoever manages the bucket to check its permissions.`
        : `You do not have access to ${where}. Your files are under your own folder.`;
    return new ToteError(ErrorCode.AccessDenied, message, { cause: error });
  }
  if (name === 'NoSuchKey' || name === 'NotFound' || status === 404) {
    return new ToteError(ErrorCode.NotFound, `${context.key ? `"${context.key}"` : 'That object'} does not exist (any more). Refresh the list.`, {
      cause: error,
    });
  }
  if (name === 'EntityTooLarge')
    return new ToteError(ErrorCode.TooLarge, `${context.key ? `"${context.key}"` : 'That file'} is larger than S3 accepts in one piece.`, { cause: error });
  // fetch, XHR and the upload relay all fail alike whether the network is down or the bucket's
  // CORS rules refused the extension; only the browser's own online flag tells the two apart.
  if (isNetworkFailure(error)) {
    if (globalThis.navigator?.onLine === false)
      return new ToteError(ErrorCode.Network, 'This computer is offline. Connect to the network and try again.', { retryable: true, cause: error });
    return new ToteError(
      ErrorCode.Network,
      "S3 could not be reached. Check your network; if it works elsewhere, the bucket's CORS may not allow this extension.",
      { retryable: true, cause: error },
    );
  }
  return new ToteError(ErrorCode.S3Failed, `S3 refused the request (${name || status || 'unknown error'}).`, {
    retryable: status === undefined || status >= 500,
    cause: error,
  });
}
