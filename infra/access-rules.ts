/**
 * What each kind of identity may do in the bucket, as plain IAM statements: infra/ attaches them
 * to the identity pool's roles, and the devstack builds its role and session policies from the
 * very same statements (devstack/rgw/policies.ts). Key layout: guests and signed-in users read
 * `public/`; each signed-in identity owns `private/<identity id>/`, written in IAM as the policy
 * variable `${cognito-identity.amazonaws.com:sub}` — for identity-pool credentials that variable
 * is the identity id (`us-east-1:<uuid>`), not the user pool's `sub`. Nobody writes `public/`
 * through the extension; administrators fill it.
 */

export const PUBLIC_PREFIX = 'public/';
export const PRIVATE_PREFIX = 'private/';

/** Left as literal text: IAM substitutes it per request; CloudFormation must not. */
export const IDENTITY_ID = '${cognito-identity.amazonaws.com:sub}';

/**
 * Object-level actions on one's own prefix: read, write, delete, the multipart upload steps, and
 * in a versioned bucket reading an earlier version (to download or restore it) and deleting one
 * version (a delete marker, for Undo after a delete).
 */
export const OWNER_OBJECT_ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:DeleteObject',
  's3:AbortMultipartUpload',
  's3:ListMultipartUploadParts',
  's3:GetObjectVersion',
  's3:DeleteObjectVersion',
];

export interface AccessStatement {
  Effect: 'Allow';
  Action: string[];
  Resource: string[];
  Condition?: { StringLike: { 's3:prefix': string[] } };
}

/** How the owner's identity id is written in a Resource and in an `s3:prefix` condition. */
export interface Owner {
  inResource: string;
  inPrefix: string;
}

export const POLICY_VARIABLE_OWNER: Owner = { inResource: IDENTITY_ID, inPrefix: IDENTITY_ID };

/** A folder and everything under it, as `s3:prefix` patterns. */
const folder = (prefix: string): string[] => [prefix, `${prefix}*`];

/**
 * ListBucket is a bucket-level action: it cannot be scoped by Resource, only by the `s3:prefix`
 * the request lists. A request without a prefix matches none of these and is refused.
 */
function listUnder(bucketArn: string, prefixes: string[], actions = ['s3:ListBucket']): AccessStatement {
  return { Effect: 'Allow', Action: actions, Resource: [bucketArn], Condition: { StringLike: { 's3:prefix': prefixes } } };
}

function readPublic(bucketArn: string): AccessStatement {
  return { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`${bucketArn}/${PUBLIC_PREFIX}*`] };
}

export function guestStatements(bucketArn: string): AccessStatement[] {
  return [readPublic(bucketArn), listUnder(bucketArn, folder(PUBLIC_PREFIX))];
}

export function signedInStatements(bucketArn: string, owner: Owner = POLICY_VARIABLE_OWNER): AccessStatement[] {
  return [
    readPublic(bucketArn),
    { Effect: 'Allow', Action: OWNER_OBJECT_ACTIONS, Resource: [`${bucketArn}/${PRIVATE_PREFIX}${owner.inResource}/*`] },
    listUnder(bucketArn, [...folder(PUBLIC_PREFIX), ...folder(`${PRIVATE_PREFIX}${owner.inPrefix}/`)]),
    // A file's versions: listed like its folder, but only in one's own prefix.
    listUnder(bucketArn, folder(`${PRIVATE_PREFIX}${owner.inPrefix}/`), ['s3:ListBucketVersions']),
    // Whether versioning is on decides whether a delete can be undone; it says nothing about objects.
    { Effect: 'Allow', Action: ['s3:GetBucketVersioning'], Resource: [bucketArn] },
  ];
}
