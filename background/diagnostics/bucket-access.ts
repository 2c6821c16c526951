/** Step: the credentials may list the bucket where Tote will (ListObjectsV2, one key). */
import { t } from '../../src/i18n/t.ts';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { s3ClientConfig } from '../s3/s3-client.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { bucketWhere, listablePrefix } from './bucket-url.ts';
import { describeError, failed, ok, skipped, type AwsCredentials, type Outcome, type Step } from './step.ts';
import { isNetworkFailure } from '../network-failure.ts';

export const bucketAccessStep: Step = {
  id: 'bucket',
  title: t('diagnosticsBucketTitle'),
  dependsOn: ['getId', 'guestCredentials'],
  async run({ settings, credentials }) {
    if (credentials === undefined) return skipped(t('diagnosticsBucketNoCredentials'));
    const prefix = listablePrefix(credentials.as, credentials.identityId);
    const client = s3Client(settings, credentials);
    try {
      await client.send(new ListObjectsV2Command({ Bucket: settings.bucket, Prefix: prefix, MaxKeys: 1 }));
    } catch (error) {
      return refusal(settings, error, credentials.as, prefix);
    } finally {
      client.destroy();
    }
    return ok(t(credentials.as === 'guest' ? 'diagnosticsBucketGuestsMayList' : 'diagnosticsBucketYouMayList', prefix, bucketWhere(settings)));
  },
};

function s3Client(settings: Settings, credentials: AwsCredentials): S3Client {
  return new S3Client({ ...s3ClientConfig(settings), credentials, maxAttempts: 1 });
}

function refusal(settings: Settings, error: unknown, as: 'guest' | 'user', prefix: string): Outcome {
  const { name, message, status } = describeError(error);
  if (name === 'NoSuchBucket') return failed(t('diagnosticsBucketMissing', bucketWhere(settings)), t('diagnosticsBucketMissingFix'));
  if (name === 'PermanentRedirect' || name === 'AuthorizationHeaderMalformed' || status === 301) {
    return failed(t('diagnosticsBucketOtherRegion', settings.bucket, settings.region, name), t('diagnosticsBucketOtherRegionFix'));
  }
  if (name === 'AccessDenied' || status === 403) {
    return as === 'guest'
      ? failed(t('diagnosticsBucketGuestRefused', prefix, name), t('diagnosticsBucketGuestRefusedFix', settings.bucket, prefix))
      : failed(t('diagnosticsBucketUserRefused', prefix, name), t('diagnosticsBucketUserRefusedFix', settings.bucket, prefix));
  }
  if (isNetworkFailure(error)) {
    // A bucket that does not exist has no CORS rules: where the server then answers without CORS
    // headers, it looks from here just like a bucket whose rules leave Tote out.
    return failed(t('diagnosticsBucketUnreadable', bucketWhere(settings)), t('diagnosticsBucketUnreadableFix'));
  }
  return failed(t('diagnosticsBucketRefused', name, message), t('diagnosticsBucketRefusedFix'));
}
