/**
 * The bucket: private (public access blocked, objects owned by the bucket owner, ACLs off),
 * encrypted at rest, HTTPS only, optionally versioned, with the CORS rule of bucket-cors.ts for
 * the listed extension builds.
 */
import { Fn, type CfnCondition, type RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, HttpMethods, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { ALLOWED_METHODS, ALLOWED_REQUEST_HEADERS, EXPOSED_RESPONSE_HEADERS, FIREFOX_ORIGINS, MAX_AGE_SECONDS, chromeOrigin } from './bucket-cors.ts';
import { eachJoined } from './redirect-urls.ts';

export interface ToteBucketProps {
  /** A list token: one origin per Chrome/Edge build. */
  chromeExtensionIds: string[];
  versioned: CfnCondition;
  noncurrentVersionDays: number;
  removalPolicy: RemovalPolicy;
}

/** Uploads abandoned mid-way (popup closed, browser quit) keep costing money until aborted. */
export const ABORT_INCOMPLETE_UPLOADS_DAYS = 7;

export function createBucket(scope: Construct, id: string, props: ToteBucketProps): Bucket {
  const bucket = new Bucket(scope, id, {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    removalPolicy: props.removalPolicy,
    cors: [
      {
        allowedOrigins: Fn.split(',', Fn.join(',', [eachJoined(props.chromeExtensionIds, chromeOrigin(''), ''), FIREFOX_ORIGINS])),
        allowedMethods: ALLOWED_METHODS.map((method) => HttpMethods[method]),
        allowedHeaders: ALLOWED_REQUEST_HEADERS,
        exposedHeaders: EXPOSED_RESPONSE_HEADERS,
        maxAge: MAX_AGE_SECONDS,
      },
    ],
  });
  // Versioning and the expiry days are template parameters, which the construct's plain
  // properties cannot take: set the CloudFormation properties directly.
  const cfn = bucket.node.defaultChild as CfnBucket;
  cfn.versioningConfiguration = { status: Fn.conditionIf(props.versioned.logicalId, 'Enabled', 'Suspended').toString() };
  cfn.lifecycleConfiguration = {
    rules: [
      { id: 'AbortIncompleteUploads', status: 'Enabled', abortIncompleteMultipartUpload: { daysAfterInitiation: ABORT_INCOMPLETE_UPLOADS_DAYS } },
      { id: 'ExpireEarlierVersions', status: 'Enabled', noncurrentVersionExpiration: { noncurrentDays: props.noncurrentVersionDays } },
    ],
  };
  return bucket;
}
