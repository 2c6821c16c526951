/**
 * The bucket's one CORS rule, as plain data: infra/bucket.ts deploys it and the devstack puts the
 * same rule on its bucket, so what a browser may send and read is the same in both places. CORS
 * is not access control (every request still needs SigV4 credentials or a presigned URL); it only
 * lets the browser hand S3's answers to the extension page.
 */
import { USER_METADATA_KEYS, userMetadataHeader } from '../src/s3/user-metadata.ts';

/**
 * Request headers the AWS SDK for JavaScript v3 sends to S3 from a browser: its SigV4 headers and
 * checksum/metadata headers all start with `x-amz-`; the rest are its retry bookkeeping and the
 * ordinary HTTP headers of uploads, ranged downloads and conditional requests.
 */
export const ALLOWED_REQUEST_HEADERS = [
  'authorization',
  'x-amz-*',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
  'content-type',
  'content-md5',
  'content-disposition',
  'content-encoding',
  'content-language',
  'cache-control',
  'expires',
  'range',
  'if-match',
  'if-none-match',
  'if-modified-since',
  'if-unmodified-since',
];

/**
 * Response headers the extension must be able to read. ETag is the one that matters most: a
 * multipart upload is completed by sending back every part's ETag. S3 takes no wildcard in
 * ExposeHeaders, so each user metadata header is listed by name (src/s3/user-metadata.ts).
 */
export const EXPOSED_RESPONSE_HEADERS = [
  'ETag',
  'Content-Range',
  'x-amz-version-id',
  'x-amz-delete-marker',
  'x-amz-request-id',
  'x-amz-id-2',
  'x-amz-server-side-encryption',
  ...USER_METADATA_KEYS.map(userMetadataHeader),
];

export const ALLOWED_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'HEAD'] as const;

/** Chrome caps preflight caching at two hours; one hour keeps CORS changes quick to apply. */
export const MAX_AGE_SECONDS = 3600;

/**
 * Firefox gives every installation a random internal UUID (moz-extension://<uuid>), so the origin
 * cannot be listed in advance. S3 matches AllowedOrigin as a string with at most one `*`, whatever
 * the scheme, so this admits any Firefox extension's page — acceptable because CORS grants nothing
 * without credentials (see above).
 */
export const FIREFOX_ORIGINS = 'moz-extension://*';

export const chromeOrigin = (extensionId: string): string => `chrome-extension://${extensionId}`;
