/**
 * The bucket: private (public access blocked, owner-enforced objects), encrypted at rest, HTTPS
 * only, with CORS for the extension's own origins. CORS is not access control — every request
 * still needs SigV4 credentials from the identity pool or a presigned URL — it only lets the
 * browser hand S3's answers to the extension page.
 */
import { Duration, Fn, type RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

export interface ToteBucketProps {
  chromeExtensionId: string;
  removalPolicy: RemovalPolicy;
}

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
 * Response headers the extension must be able to read. ETag is the one that matters: a multipart
 * upload is completed by sending back every part's ETag, and without it the browser hides it.
 */
export const EXPOSED_RESPONSE_HEADERS = [
  'ETag',
  'Content-Range',
  'x-amz-version-id',
  'x-amz-delete-marker',
  'x-amz-request-id',
  'x-amz-id-2',
  'x-amz-server-side-encryption',
];

export function createBucket(scope: Construct, id: string, props: ToteBucketProps): Bucket {
  return new Bucket(scope, id, {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    removalPolicy: props.removalPolicy,
    // Uploads abandoned mid-way (popup closed, browser quit) keep costing money until aborted.
    lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(7) }],
    cors: [
      {
        allowedOrigins: [
          Fn.join('', ['chrome-extension://', props.chromeExtensionId]),
          // Firefox gives every installation a random internal UUID (moz-extension://<uuid>), so
          // the origin cannot be listed in advance. S3 matches AllowedOrigin as a string with at
          // most one `*` wildcard, whatever the scheme, so this admits any Firefox extension's
          // page — acceptable because CORS grants nothing without credentials (see above).
          'moz-extension://*',
        ],
        allowedMethods: [HttpMethods.GET, HttpMethods.PUT, HttpMethods.POST, HttpMethods.DELETE, HttpMethods.HEAD],
        allowedHeaders: ALLOWED_REQUEST_HEADERS,
        exposedHeaders: EXPOSED_RESPONSE_HEADERS,
        // Chrome caps preflight caching at two hours; one hour keeps CORS changes quick to apply.
        maxAge: 3600,
      },
    ],
  });
}
