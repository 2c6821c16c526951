import { describe, expect, it } from 'vitest';
import { MAX_SESSION_POLICY_LENGTH, sessionPolicy } from './session-policy.ts';

describe('the per-identity session policy', () => {
  const id = 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0';
  const policy = JSON.parse(sessionPolicy('tote-dev', id)) as { Statement: { Resource: string[]; Condition?: unknown }[] };

  it("names the identity's prefix with `?` for the colon in resources, and the real id in prefixes", () => {
    const resources = policy.Statement.flatMap((s) => s.Resource);
    expect(resources).toContain('arn:aws:s3:::tote-dev/private/us-east-1?7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0/*');
    expect(resources.every((r) => !r.slice('arn:aws:s3:::'.length).includes(':'))).toBe(true);
    expect(JSON.stringify(policy.Statement.map((s) => s.Condition))).toContain(`private/${id}/*`);
  });

  it("fits RGW's limit even for the longest region names", () => {
    expect(sessionPolicy('a'.repeat(63), 'ap-southeast-3:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0').length).toBeLessThanOrEqual(MAX_SESSION_POLICY_LENGTH);
  });
});
