/**
 * The per-identity session policy passed to `AssumeRoleWithWebIdentity` for authenticated
 * identities: the session's rights are the intersection of this and the role's policy, so each
 * identity reaches only `private/<its id>/`.
 */
import { identityPolicy } from '../rgw/policies.ts';

/** RGW's limit on a session policy. */
export const MAX_SESSION_POLICY_LENGTH = 2048;

export function sessionPolicy(bucket: string, identityId: string): string {
  const text = JSON.stringify(identityPolicy(bucket, identityId));
  if (text.length > MAX_SESSION_POLICY_LENGTH) throw new Error(`session policy is ${text.length} characters; RGW allows ${MAX_SESSION_POLICY_LENGTH}`);
  return text;
}
