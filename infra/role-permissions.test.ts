/** What guests and signed-in users may do in the bucket, asked request by request. */
import { describe, expect, it } from 'vitest';
import { FAKE, fakeDeployment } from './testing/deployment.ts';
import { isAllowed, roleStatements, type S3Request } from './testing/policy-eval.ts';
import { only, template } from './testing/synthesized.ts';

const roles = only('AWS::Cognito::IdentityPoolRoleAttachment').properties.Roles as Record<string, { 'Fn::GetAtt': [string] }>;
const deployment = fakeDeployment(template);
const statementsOf = (kind: string) => roleStatements(template, deployment, roles[kind]?.['Fn::GetAtt'][0] ?? '');
const guest = statementsOf('unauthenticated');
const signedIn = statementsOf('authenticated');

const me = 'us-east-1:11111111-1111-4111-8111-111111111111';
const other = 'us-east-1:22222222-2222-4222-8222-222222222222';
const bucketArn = `arn:aws:s3:::${FAKE.bucket}`;
const object = (key: string) => `${bucketArn}/${key}`;
const request = (action: string, resource: string, extra: Partial<S3Request> = {}): S3Request => ({
  action,
  resource,
  identityId: me,
  ...extra,
});
const list = (prefix?: string) => request('s3:ListBucket', bucketArn, prefix === undefined ? {} : { prefix });

/** Every S3 action that changes data, including multipart steps and bucket configuration. */
const WRITES = [
  's3:PutObject',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:AbortMultipartUpload',
  's3:PutObjectAcl',
  's3:PutObjectTagging',
  's3:RestoreObject',
  's3:PutBucketPolicy',
  's3:PutBucketCors',
  's3:DeleteBucket',
];

describe('guest role', () => {
  it('reads public/ and lists under it', () => {
    expect(isAllowed(guest, request('s3:GetObject', object('public/readme.txt')))).toBe(true);
    expect(isAllowed(guest, list('public/'))).toBe(true);
    expect(isAllowed(guest, list('public/docs/'))).toBe(true);
  });

  it('grants no action other than GetObject and ListBucket', () => {
    const actions = guest.flatMap((s) => (s.Effect === 'Allow' ? [s.Action].flat() : []));
    expect(new Set(actions)).toEqual(new Set(['s3:GetObject', 's3:ListBucket']));
  });

  it('cannot write anywhere', () => {
    for (const action of WRITES) {
      for (const key of ['public/x.txt', `private/${me}/x.txt`, 'x.txt']) {
        expect(isAllowed(guest, request(action, object(key))), `${action} ${key}`).toBe(false);
      }
      expect(isAllowed(guest, request(action, bucketArn)), `${action} on the bucket`).toBe(false);
    }
  });

  it('cannot read or list private/ or the bucket root', () => {
    expect(isAllowed(guest, request('s3:GetObject', object(`private/${me}/x.txt`)))).toBe(false);
    expect(isAllowed(guest, request('s3:GetObject', object('x.txt')))).toBe(false);
    for (const prefix of [undefined, '', 'private/', `private/${me}/`, 'pub']) {
      expect(isAllowed(guest, list(prefix)), `list ${prefix}`).toBe(false);
    }
  });
});

describe('signed-in role', () => {
  it('reads, writes, deletes and uploads in parts under its own private prefix', () => {
    for (const action of ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts']) {
      expect(isAllowed(signedIn, request(action, object(`private/${me}/photos/a.jpg`))), action).toBe(true);
    }
  });

  it('cannot touch another identity’s prefix or private/ itself', () => {
    for (const action of ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts']) {
      expect(isAllowed(signedIn, request(action, object(`private/${other}/a.jpg`))), action).toBe(false);
      expect(isAllowed(signedIn, request(action, object('private/a.jpg'))), action).toBe(false);
      // The same key is allowed to its owner: the refusal above is about whose prefix it is.
      expect(isAllowed(signedIn, request(action, object(`private/${other}/a.jpg`), { identityId: other })), action).toBe(true);
    }
  });

  it('reads public/ but cannot write it', () => {
    expect(isAllowed(signedIn, request('s3:GetObject', object('public/readme.txt')))).toBe(true);
    for (const action of WRITES) {
      expect(isAllowed(signedIn, request(action, object('public/readme.txt'))), action).toBe(false);
    }
  });

  it('can do nothing outside public/ and its own prefix', () => {
    for (const action of ['s3:GetObject', ...WRITES]) {
      expect(isAllowed(signedIn, request(action, object('other/x.txt'))), action).toBe(false);
      expect(isAllowed(signedIn, request(action, bucketArn)), action).toBe(false);
    }
  });

  it('lists only public/ and its own prefix', () => {
    for (const prefix of ['public/', 'public/docs/', `private/${me}/`, `private/${me}/photos/`]) {
      expect(isAllowed(signedIn, list(prefix)), `list ${prefix}`).toBe(true);
    }
    for (const prefix of [undefined, '', 'private/', `private/${other}/`, `private/${me}`, 'other/']) {
      expect(isAllowed(signedIn, list(prefix)), `list ${prefix}`).toBe(false);
    }
  });
});
