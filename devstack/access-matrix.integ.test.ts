/**
 * The devstack grants what AWS would grant with infra's template. AWS evaluates the template's
 * role policies with `${cognito-identity.amazonaws.com:sub}` substituted; RGW expands no policy
 * variables, so the devstack narrows a role to each identity with a session policy instead. This
 * test asks both the same questions — the project's IAM evaluator over the synthesized template,
 * and real S3 calls to RGW with each identity's credentials — and requires the same answers.
 */
import {
  AbortMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetBucketCorsCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  ListObjectsV2Command,
  ListPartsCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { FAKE, fakeDeployment } from '../infra/testing/deployment.ts';
import { evaluate } from '../infra/testing/intrinsics.ts';
import { isAllowed, roleStatements, type Statement } from '../infra/testing/policy-eval.ts';
import { only, template } from '../infra/testing/synthesized.ts';
import { authenticated, guest, outcome, s3Client, signInUser } from './test-support/clients.ts';
import { freshUser, stack } from './test-support/stack.ts';

interface Identity {
  kind: 'guest' | 'signed-in';
  id: string;
  s3: S3Client;
  statements: Statement[];
}

/** One question: the IAM request it is, and the same request made to S3. */
interface Case {
  name: string;
  /** Allowed when IAM allows every one of these (a multipart upload takes several). */
  actions: string[];
  /** The object key, or undefined for a bucket-level request. */
  key?: string;
  /** The `s3:prefix` of a listing (undefined: the request carries none). */
  prefix?: string;
  call: (s3: S3Client) => Promise<unknown>;
}

const roles = only('AWS::Cognito::IdentityPoolRoleAttachment').properties.Roles as Record<string, { 'Fn::GetAtt': [string] }>;
const statementsOf = (kind: string) => roleStatements(template, fakeDeployment(template), roles[kind]?.['Fn::GetAtt'][0] ?? '');
const admin = () => new S3Client({ region: stack().region, endpoint: stack().s3.endpoint, forcePathStyle: true, credentials: stack().s3Admin });

async function signedIn(label: string): Promise<Identity> {
  const { identityId: guestId } = await guest(stack());
  const tokens = await signInUser(stack(), freshUser(label));
  const { identityId, credentials } = await authenticated(stack(), guestId, tokens.id_token);
  return { kind: 'signed-in', id: identityId, s3: s3Client(stack(), credentials), statements: statementsOf('authenticated') };
}

/** What infra's policies answer on AWS. */
function iamAnswer(identity: Identity, question: Case): boolean {
  const bucketArn = `arn:aws:s3:::${FAKE.bucket}`;
  return question.actions.every((action) =>
    isAllowed(identity.statements, {
      action,
      resource: question.key === undefined ? bucketArn : `${bucketArn}/${question.key}`,
      identityId: identity.id,
      ...(question.prefix === undefined ? {} : { prefix: question.prefix }),
    }),
  );
}

/** What RGW answers: allowed, or refused with 403 (anything else is a broken question). */
async function devstackAnswer(identity: Identity, question: Case): Promise<boolean> {
  const result = await outcome(question.call(identity.s3));
  if (result !== 'allowed' && result !== '403 AccessDenied') throw new Error(`${question.name}: unexpected ${result}`);
  return result === 'allowed';
}

describe('the devstack answers as infra/template.json would on AWS', () => {
  let guestIdentity: Identity;
  let me: Identity;
  let other: Identity;
  /** An upload in `other`'s folder, for the multipart calls on someone else's upload. */
  let othersUpload: { key: string; uploadId: string };
  const bucket = () => stack().bucket;

  beforeAll(async () => {
    const [g, a, b] = await Promise.all([guest(stack()), signedIn('matrix-me'), signedIn('matrix-other')]);
    guestIdentity = { kind: 'guest', id: g.identityId, s3: s3Client(stack(), g.credentials), statements: statementsOf('unauthenticated') };
    [me, other] = [a, b];
    const s3 = admin();
    // Every key a read or delete asks for exists, so a refusal is about rights, not absence.
    const existing = [
      'public/matrix.txt',
      'matrix.txt',
      'private/matrix.txt',
      `private/${me.id}/matrix.txt`,
      `private/${other.id}/matrix.txt`,
      `private/${guestIdentity.id}/matrix.txt`,
    ];
    await Promise.all(existing.map((key) => s3.send(new PutObjectCommand({ Bucket: bucket(), Key: key, Body: 'matrix' }))));
    const key = `private/${other.id}/upload.bin`;
    const { UploadId } = await other.s3.send(new CreateMultipartUploadCommand({ Bucket: bucket(), Key: key }));
    othersUpload = { key, uploadId: UploadId! };
    s3.destroy();
  });

  /** The questions for one identity, about its own folder and `other`'s. */
  function questions(self: Identity): Case[] {
    const own = `private/${self.id}/`;
    const theirs = `private/${other.id}/`;
    const b = bucket();
    const list = (prefix?: string): Case => ({
      name: `list ${prefix === undefined ? '(no prefix)' : JSON.stringify(prefix)}`,
      actions: ['s3:ListBucket'],
      prefix,
      call: (s3) => s3.send(new ListObjectsV2Command({ Bucket: b, ...(prefix === undefined ? {} : { Prefix: prefix }) })),
    });
    const listVersions = (prefix?: string): Case => ({
      name: `list versions ${prefix === undefined ? '(no prefix)' : JSON.stringify(prefix)}`,
      actions: ['s3:ListBucketVersions'],
      prefix,
      call: (s3) => s3.send(new ListObjectVersionsCommand({ Bucket: b, ...(prefix === undefined ? {} : { Prefix: prefix }) })),
    });
    const get = (key: string): Case => ({
      name: `get ${key}`,
      actions: ['s3:GetObject'],
      key,
      call: (s3) => s3.send(new GetObjectCommand({ Bucket: b, Key: key })),
    });
    const put = (key: string): Case => ({
      name: `put ${key}`,
      actions: ['s3:PutObject'],
      key,
      call: (s3) => s3.send(new PutObjectCommand({ Bucket: b, Key: key, Body: 'x' })),
    });
    const del = (key: string): Case => ({
      name: `delete ${key}`,
      actions: ['s3:DeleteObject'],
      key,
      call: (s3) => s3.send(new DeleteObjectCommand({ Bucket: b, Key: key })),
    });
    const startUpload = (key: string): Case => ({
      name: `multipart upload to ${key} (create, part, list parts, abort)`,
      actions: ['s3:PutObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'],
      key,
      call: async (s3) => {
        const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: b, Key: key }));
        await s3.send(new UploadPartCommand({ Bucket: b, Key: key, UploadId, PartNumber: 1, Body: 'part' }));
        await s3.send(new ListPartsCommand({ Bucket: b, Key: key, UploadId }));
        await s3.send(new AbortMultipartUploadCommand({ Bucket: b, Key: key, UploadId }));
      },
    });
    return [
      get(`${own}matrix.txt`),
      put(`${own}new.txt`),
      del(`${own}matrix.txt`),
      startUpload(`${own}big.bin`),
      get(`${theirs}matrix.txt`),
      put(`${theirs}new.txt`),
      del(`${theirs}matrix.txt`),
      startUpload(`${theirs}big.bin`),
      {
        name: "list the parts of another identity's upload",
        actions: ['s3:ListMultipartUploadParts'],
        key: othersUpload.key,
        call: (s3) => s3.send(new ListPartsCommand({ Bucket: b, Key: othersUpload.key, UploadId: othersUpload.uploadId })),
      },
      {
        name: "abort another identity's upload",
        actions: ['s3:AbortMultipartUpload'],
        key: othersUpload.key,
        call: (s3) => s3.send(new AbortMultipartUploadCommand({ Bucket: b, Key: othersUpload.key, UploadId: othersUpload.uploadId })),
      },
      { name: "list the bucket's uploads", actions: ['s3:ListBucketMultipartUploads'], call: (s3) => s3.send(new ListMultipartUploadsCommand({ Bucket: b })) },
      get('public/matrix.txt'),
      put('public/new.txt'),
      del('public/matrix.txt'),
      get('matrix.txt'),
      put('new.txt'),
      get('private/matrix.txt'),
      list(),
      list(''),
      list('public/'),
      list('public/docs/'),
      list('private/'),
      list(own),
      list(`${own}photos/`),
      list(own.slice(0, -1)),
      list(theirs),
      list('other/'),
      listVersions(own),
      listVersions(`${own}matrix.txt`),
      listVersions(theirs),
      listVersions('public/'),
      listVersions(),
      { name: "read the bucket's versioning", actions: ['s3:GetBucketVersioning'], call: (s3) => s3.send(new GetBucketVersioningCommand({ Bucket: b })) },
    ];
  }

  for (const who of ['guest', 'signed-in'] as const) {
    it(`${who}: every allow and every refusal is the same`, async () => {
      const self = who === 'guest' ? guestIdentity : me;
      const rows: string[] = [];
      const mismatches: string[] = [];
      // One at a time: a delete must not race the read of the same key.
      for (const question of questions(self)) {
        const [aws, devstack] = [iamAnswer(self, question), await devstackAnswer(self, question)];
        rows.push(`${question.name}: ${aws ? 'allow' : 'deny'}`);
        if (aws !== devstack) mismatches.push(`${question.name}: infra ${aws ? 'allows' : 'denies'}, devstack ${devstack ? 'allows' : 'denies'}`);
      }
      expect(mismatches).toEqual([]);
      // The matrix really asks both kinds of question of this identity.
      expect(rows.some((r) => r.endsWith('allow'))).toBe(true);
      expect(rows.some((r) => r.endsWith('deny'))).toBe(true);
    });
  }

  it("the devstack bucket carries the template's CORS rule (origins of the development build)", async () => {
    const s3 = admin();
    const { CORSRules } = await s3.send(new GetBucketCorsCommand({ Bucket: bucket() }));
    s3.destroy();
    const [rule] = (only('AWS::S3::Bucket').properties.CorsConfiguration as { CorsRules: Record<string, unknown>[] }).CorsRules;
    const deployed = evaluate(template, fakeDeployment(template), rule) as Record<string, unknown>;
    // RGW hands the lists back in its own order: compare them as sets.
    const sorted = (list: unknown) => [...(list as string[])].sort();
    const [got] = CORSRules ?? [];
    expect(CORSRules).toHaveLength(1);
    expect({
      ...got,
      AllowedOrigins: sorted(got?.AllowedOrigins),
      AllowedMethods: sorted(got?.AllowedMethods),
      AllowedHeaders: sorted(got?.AllowedHeaders),
      ExposeHeaders: sorted(got?.ExposeHeaders),
    }).toEqual({
      AllowedOrigins: sorted(deployed.AllowedOrigins),
      AllowedMethods: sorted(deployed.AllowedMethods),
      AllowedHeaders: sorted(deployed.AllowedHeaders),
      ExposeHeaders: sorted(deployed.ExposedHeaders),
      MaxAgeSeconds: deployed.MaxAge,
    });
  });
});
