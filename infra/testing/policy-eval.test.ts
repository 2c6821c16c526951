/** The evaluator the permission tests rely on: it must refuse as readily as IAM does. */
import { describe, expect, it } from 'vitest';
import { isAllowed, type Statement } from './policy-eval.ts';

const allow = (Action: string | string[], Resource: string, Condition?: Statement['Condition']): Statement => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...(Condition ? { Condition } : {}),
});
const req = { action: 's3:GetObject', resource: 'arn:aws:s3:::b/private/us-east-1:abc/x', identityId: 'us-east-1:abc' };

describe('policy evaluator', () => {
  it('allows nothing without a matching Allow, and lets Deny win', () => {
    expect(isAllowed([], req)).toBe(false);
    expect(isAllowed([allow('s3:*', 'arn:aws:s3:::b/*')], req)).toBe(true);
    expect(isAllowed([allow('s3:*', 'arn:aws:s3:::b/*'), { ...allow('s3:GetObject', '*'), Effect: 'Deny' }], req)).toBe(false);
  });

  it('substitutes the identity id and matches wildcards like IAM', () => {
    const own = allow('S3:getobject', 'arn:aws:s3:::b/private/${cognito-identity.amazonaws.com:sub}/*');
    expect(isAllowed([own], req)).toBe(true);
    expect(isAllowed([own], { ...req, identityId: 'us-east-1:abd' })).toBe(false);
    expect(isAllowed([allow('s3:GetObject', 'arn:aws:s3:::b/private/us-east-1?abc/x')], req)).toBe(true);
    expect(isAllowed([allow('s3:GetObject', 'arn:aws:s3:::b/private/us-east-1?ab/x')], req)).toBe(false);
  });

  it('treats a missing s3:prefix as not matching, and refuses conditions it cannot judge', () => {
    const list = allow('s3:ListBucket', 'arn:aws:s3:::b', { StringLike: { 's3:prefix': ['public/*'] } });
    const listReq = { ...req, action: 's3:ListBucket', resource: 'arn:aws:s3:::b' };
    expect(isAllowed([list], { ...listReq, prefix: 'public/a/' })).toBe(true);
    expect(isAllowed([list], listReq)).toBe(false);
    const odd = allow('s3:ListBucket', 'arn:aws:s3:::b', { StringNotLike: { 's3:prefix': 'x' } });
    expect(() => isAllowed([odd], listReq)).toThrow(/unsupported operator/);
  });
});
