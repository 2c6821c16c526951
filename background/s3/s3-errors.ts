/** S3 and network failures as codes and sentences a person can act on. */
import { t } from '../../src/i18n/t.ts';
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

function refusal(context: S3ErrorContext): string {
  const { key } = context;
  if (!context.signedIn) return key ? t('errorS3GuestsCannotIn', key) : t('errorS3GuestsCannot');
  // S3 (and RGW) answer 403, not 404, for a missing key where the policy allows no listing of it.
  if (key && refusedInOwnFolder(context)) return t('errorS3RefusedInOwnFolder', key);
  return key ? t('errorS3NoAccessTo', key) : t('errorS3NoAccessThere');
}

export function s3Error(error: unknown, context: S3ErrorContext): ToteError {
  if (error instanceof ToteError) return error;
  const name = (error as { name?: string }).name ?? '';
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  // Named answers first: several come with a generic status (a skewed clock is a 403).
  if (name === 'RequestTimeTooSkewed')
    return new ToteError(ErrorCode.ClockSkew, t('errorS3ClockSkew'), {
      cause: error,
    });
  if (name === 'NoSuchBucket') return new ToteError(ErrorCode.NotConfigured, t('errorS3NoSuchBucket'), { cause: error });
  if (name === 'SlowDown' || name === 'ThrottlingException' || status === 503)
    return new ToteError(ErrorCode.Throttled, t('errorS3Throttled'), { retryable: true, cause: error });
  if (name === 'AccessDenied' || status === 403) {
    return new ToteError(ErrorCode.AccessDenied, refusal(context), { cause: error });
  }
  if (name === 'NoSuchKey' || name === 'NotFound' || status === 404) {
    return new ToteError(ErrorCode.NotFound, context.key ? t('errorS3KeyNotFound', context.key) : t('errorS3ObjectNotFound'), {
      cause: error,
    });
  }
  if (name === 'EntityTooLarge')
    return new ToteError(ErrorCode.TooLarge, context.key ? t('errorS3KeyTooLarge', context.key) : t('errorS3FileTooLarge'), { cause: error });
  // fetch, XHR and the upload relay all fail alike whether the network is down or the bucket's
  // CORS rules refused the extension; only the browser's own online flag tells the two apart.
  if (isNetworkFailure(error)) {
    if (globalThis.navigator?.onLine === false) return new ToteError(ErrorCode.Network, t('errorOffline'), { retryable: true, cause: error });
    return new ToteError(ErrorCode.Network, t('errorS3Unreachable'), { retryable: true, cause: error });
  }
  return new ToteError(ErrorCode.S3Failed, t('errorS3Refused', name || status || t('errorUnknownError')), {
    retryable: status === undefined || status >= 500,
    cause: error,
  });
}
