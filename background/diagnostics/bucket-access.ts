/** Step: the credentials may list the bucket where Tote will (ListObjectsV2, one key). */
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { s3ClientConfig } from '../s3/s3-client.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { bucketWhere, listablePrefix } from './bucket-url.ts';
import { describeError, failed, ok, skipped, type AwsCredentials, type Outcome, type Step } from './step.ts';
import { isNetworkFailure } from '../network-failure.ts';

export const bucketAccessStep: Step = {
  id: 'bucket',
  title: 'Bucket access',
  dependsOn: ['getId', 'guestCredentials'],
  async run({ settings, credentials }) {
    if (credentials === undefined) return skipped('Not run: guest access is off, and no signed-in check gave credentials. Sign in, then test again.');
    const prefix = listablePrefix(credentials.as, credentials.identityId);
    const client = s3Client(settings, credentials);
    try {
      await client.send(new ListObjectsV2Command({ Bucket: settings.bucket, Prefix: prefix, MaxKeys: 1 }));
    } catch (error) {
      return refusal(settings, error, credentials.as, prefix);
    } finally {
      client.destroy();
    }
    return ok(`${credentials.as === 'guest' ? 'Guests' : 'You'} may list "${prefix}" in ${bucketWhere(settings)}.`);
  },
};

function s3Client(settings: Settings, credentials: AwsCredentials): S3Client {
  return new S3Client({ ...s3ClientConfig(settings), credentials, maxAttempts: 1 });
}

function refusal(settings: Settings, error: unknown, as: 'guest' | 'user', prefix: string): Outcome {
  const { name, message, status } = describeError(error);
  if (name === 'NoSuchBucket') return failed(`The bucket ${bucketWhere(settings)} does not exist.`, 'Check the bucket name (and the region or S3 endpoint).');
  if (name === 'PermanentRedirect' || name === 'AuthorizationHeaderMalformed' || status === 301) {
    return failed(`The bucket ${settings.bucket} is not in ${settings.region} (${name}).`, "Set the region to the bucket's region.");
  }
  if (name === 'AccessDenied' || status === 403) {
    return failed(
      `S3 refused to list "${prefix}" with the ${as === 'guest' ? 'guest' : 'signed-in'} role's credentials (${name}).`,
      `Check the bucket name; if it is right, allow s3:ListBucket on ${settings.bucket} with s3:prefix "${prefix}*" in the identity pool's ${as === 'guest' ? 'guest (unauthenticated)' : 'authenticated'} role.`,
    );
  }
  if (isNetworkFailure(error)) {
    // A bucket that does not exist has no CORS rules: where the server then answers without CORS
    // headers, it looks from here just like a bucket whose rules leave Tote out.
    return failed(
      `${bucketWhere(settings)} gave no answer Tote could read: the bucket does not exist, or its CORS rules do not allow this extension.`,
      "Check the bucket name and the S3 endpoint; then check that the bucket's CORS configuration allows this extension's origin (see the CORS step's advice in Tote's docs).",
    );
  }
  return failed(`S3 refused the listing (${name}: ${message}).`, 'Check the bucket name, region and S3 endpoint.');
}
