/**
 * What each identity-pool role may do in the bucket. Key layout (DESIGN.md §4): guests and
 * signed-in users read `public/`; each signed-in identity owns `private/<identity id>/`, written
 * in IAM as the policy variable `${cognito-identity.amazonaws.com:sub}` — for identity-pool
 * credentials that variable is the identity id (`us-east-1:<uuid>`), not the user pool's `sub`.
 * Nobody writes `public/` through the extension; administrators fill it.
 */
import { Effect, type IRole, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';

/** Left as literal text: IAM substitutes it per request; CloudFormation must not. */
export const IDENTITY_ID = '${cognito-identity.amazonaws.com:sub}';

/** Object-level actions on one's own prefix: read, write, delete and the multipart upload steps. */
export const OWNER_OBJECT_ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:DeleteObject',
  's3:AbortMultipartUpload',
  's3:ListMultipartUploadParts',
];

/**
 * ListBucket is a bucket-level action: it cannot be scoped by Resource, only by the `s3:prefix`
 * the request lists. A request without a prefix matches none of these and is refused.
 */
function listUnder(bucket: IBucket, prefixes: string[]): PolicyStatement {
  return new PolicyStatement({
    effect: Effect.ALLOW,
    actions: ['s3:ListBucket'],
    resources: [bucket.bucketArn],
    conditions: { StringLike: { 's3:prefix': prefixes } },
  });
}

function readPublic(bucket: IBucket): PolicyStatement {
  return new PolicyStatement({
    effect: Effect.ALLOW,
    actions: ['s3:GetObject'],
    resources: [bucket.arnForObjects('public/*')],
  });
}

export function grantGuestAccess(role: IRole, bucket: IBucket): void {
  role.addToPrincipalPolicy(readPublic(bucket));
  role.addToPrincipalPolicy(listUnder(bucket, ['public/', 'public/*']));
}

export function grantSignedInAccess(role: IRole, bucket: IBucket): void {
  role.addToPrincipalPolicy(readPublic(bucket));
  role.addToPrincipalPolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: OWNER_OBJECT_ACTIONS,
      resources: [bucket.arnForObjects(`private/${IDENTITY_ID}/*`)],
    }),
  );
  role.addToPrincipalPolicy(
    listUnder(bucket, ['public/', 'public/*', `private/${IDENTITY_ID}/`, `private/${IDENTITY_ID}/*`]),
  );
}
