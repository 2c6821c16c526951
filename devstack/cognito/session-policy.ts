/**
 * The per-identity session policy passed to `AssumeRoleWithWebIdentity` for authenticated
 * identities: the session's rights are the intersection of this and the role's policy, so each
 * identity reaches only `private/<its id>/`.
 */
import { OBJECT_WRITE_ACTIONS, type PolicyDocument } from '../rgw/policies.ts';

/** RGW's limit on a session policy. */
export const MAX_SESSION_POLICY_LENGTH = 2048;

export function sessionPolicy(bucket: string, identityId: string): string {
  // An identity id holds a `:` (`us-east-1:<uuid>`), which RGW refuses in a Resource after the
  // bucket; `?` matches exactly one character there, and the rest of the id (a uuid) stays
  // exact, so no other identity can match. `s3:prefix` conditions keep the real colon.
  const inResource = identityId.replace(/:/g, '?');
  const policy: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::${bucket}/public/*`] },
      { Effect: 'Allow', Action: OBJECT_WRITE_ACTIONS, Resource: [`arn:aws:s3:::${bucket}/private/${inResource}/*`] },
      {
        Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [`arn:aws:s3:::${bucket}`],
        Condition: { StringLike: { 's3:prefix': ['public/', 'public/*', `private/${identityId}/`, `private/${identityId}/*`] } },
      },
    ],
  };
  const text = JSON.stringify(policy);
  if (text.length > MAX_SESSION_POLICY_LENGTH) throw new Error(`session policy is ${text.length} characters; RGW allows ${MAX_SESSION_POLICY_LENGTH}`);
  return text;
}
