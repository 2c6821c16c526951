/**
 * Signed in through a real authorization-code + PKCE exchange (the login form submitted), a
 * guest keeps its identity id, gets its own `private/<id>/` prefix, and nothing of anyone else's.
 */
import { GetCredentialsForIdentityCommand, GetIdCommand } from '@aws-sdk/client-cognito-identity';
import {
  AbortMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  ListPartsCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { WELCOME_KEY } from './rgw/provision.ts';
import { authenticated, cognitoClient, guest, outcome, s3Client, signInUser } from './test-support/clients.ts';
import { authorize } from './test-support/sign-in.ts';
import { freshUser, stack, user } from './test-support/stack.ts';

interface Person {
  identityId: string;
  idToken: string;
  s3: S3Client;
}

/** Files share one stack: a fresh user, so no other test has linked an identity to it. */
async function signInAsGuestFirst(name: string): Promise<Person & { guestId: string }> {
  const { identityId: guestId } = await guest(stack());
  const tokens = await signInUser(stack(), freshUser(name));
  const { identityId, credentials } = await authenticated(stack(), guestId, tokens.id_token);
  return { guestId, identityId, idToken: tokens.id_token, s3: s3Client(stack(), credentials) };
}

describe('a signed-in identity', () => {
  let alice: Person & { guestId: string };
  let bob: Person;
  const bucket = (): string => stack().bucket;

  beforeAll(async () => {
    [alice, bob] = await Promise.all([signInAsGuestFirst('alice'), signInAsGuestFirst('bob')]);
    await bob.s3.send(new PutObjectCommand({ Bucket: bucket(), Key: `private/${bob.identityId}/bob.txt`, Body: 'bob only' }));
  });

  it("keeps the guest's identity id, and GetId with the login finds that same id", async () => {
    expect(alice.identityId).toBe(alice.guestId);
    const { IdentityId } = await cognitoClient(stack()).send(
      new GetIdCommand({
        IdentityPoolId: stack().identityPoolId,
        Logins: { [stack().idp.loginKey]: alice.idToken },
      }),
    );
    expect(IdentityId).toBe(alice.identityId);
    expect(bob.identityId).not.toBe(alice.identityId);
  });

  it('puts, gets, lists and deletes under private/<own id>/', async () => {
    const key = `private/${alice.identityId}/notes/hello.txt`;
    await alice.s3.send(new PutObjectCommand({ Bucket: bucket(), Key: key, Body: 'hello from alice', ContentType: 'text/plain' }));
    const got = await alice.s3.send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
    expect(await got.Body!.transformToString()).toBe('hello from alice');
    const listed = await alice.s3.send(new ListObjectsV2Command({ Bucket: bucket(), Prefix: `private/${alice.identityId}/` }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual([key]);
    await alice.s3.send(new DeleteObjectCommand({ Bucket: bucket(), Key: key }));
    const after = await alice.s3.send(new ListObjectsV2Command({ Bucket: bucket(), Prefix: `private/${alice.identityId}/` }));
    expect(after.KeyCount).toBe(0);
    // A missing key is 403, not 404: S3 says "no such key" only to callers allowed to list the
    // whole bucket (AWS does the same), and this identity may list its own prefix only.
    expect(await outcome(alice.s3.send(new GetObjectCommand({ Bucket: bucket(), Key: key })))).toBe('403 AccessDenied');
  });

  it('still reads public/ and cannot write there', async () => {
    expect(await outcome(alice.s3.send(new GetObjectCommand({ Bucket: bucket(), Key: WELCOME_KEY })))).toBe('allowed');
    expect(await outcome(alice.s3.send(new PutObjectCommand({ Bucket: bucket(), Key: 'public/alice.txt', Body: 'x' })))).toBe('403 AccessDenied');
  });

  it('is denied everything under private/<other id>/ and listing private/ as a whole', async () => {
    const other = `private/${bob.identityId}`;
    const results = await Promise.all([
      outcome(alice.s3.send(new GetObjectCommand({ Bucket: bucket(), Key: `${other}/bob.txt` }))),
      outcome(alice.s3.send(new PutObjectCommand({ Bucket: bucket(), Key: `${other}/from-alice.txt`, Body: 'x' }))),
      outcome(alice.s3.send(new DeleteObjectCommand({ Bucket: bucket(), Key: `${other}/bob.txt` }))),
      outcome(alice.s3.send(new ListObjectsV2Command({ Bucket: bucket(), Prefix: `${other}/` }))),
      outcome(alice.s3.send(new ListObjectsV2Command({ Bucket: bucket(), Prefix: 'private/' }))),
      outcome(alice.s3.send(new CreateMultipartUploadCommand({ Bucket: bucket(), Key: `${other}/big.bin` }))),
    ]);
    expect(results).toEqual(Array(6).fill('403 AccessDenied'));
    // Bob's object is untouched.
    const kept = await bob.s3.send(new GetObjectCommand({ Bucket: bucket(), Key: `${other}/bob.txt` }));
    expect(await kept.Body!.transformToString()).toBe('bob only');
  });

  it('runs a multipart upload in its own prefix (create, upload part, list parts, abort)', async () => {
    const key = `private/${alice.identityId}/big.bin`;
    const { UploadId } = await alice.s3.send(new CreateMultipartUploadCommand({ Bucket: bucket(), Key: key }));
    const part = await alice.s3.send(new UploadPartCommand({ Bucket: bucket(), Key: key, UploadId, PartNumber: 1, Body: new Uint8Array(1024).fill(7) }));
    const parts = await alice.s3.send(new ListPartsCommand({ Bucket: bucket(), Key: key, UploadId }));
    expect(parts.Parts?.map((p) => p.ETag)).toEqual([part.ETag]);
    await alice.s3.send(new AbortMultipartUploadCommand({ Bucket: bucket(), Key: key, UploadId }));
    // Gone: the same ListParts that was allowed a moment ago now fails (403 rather than
    // NoSuchUpload, for the same reason as a missing key above).
    expect(await outcome(alice.s3.send(new ListPartsCommand({ Bucket: bucket(), Key: key, UploadId })))).toBe('403 AccessDenied');
  });

  it('refuses credentials for an authenticated identity presented without its login', async () => {
    const attempt = cognitoClient(stack()).send(new GetCredentialsForIdentityCommand({ IdentityId: alice.identityId }));
    await expect(attempt).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('merges a second guest that signs in as an already linked user into the existing identity', async () => {
    const { identityId: secondGuest } = await guest(stack());
    const merged = await authenticated(stack(), secondGuest, alice.idToken);
    expect(merged.identityId).toBe(alice.identityId);
    const again = cognitoClient(stack()).send(new GetCredentialsForIdentityCommand({ IdentityId: secondGuest }));
    await expect(again).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('does not sign in with a wrong password (the form answers 401 and no code is issued)', async () => {
    for (const email of [user('alice').email, freshUser('wrong-password').email]) {
      const result = await authorize({
        issuer: stack().idp.issuer,
        clientId: stack().idp.clientId,
        redirectUri: stack().idp.redirectUris.chrome,
        email,
        password: 'alice-password-or-not',
      });
      expect(result.loginStatus).toBe(401);
      expect(result.redirect.searchParams.has('code')).toBe(false);
    }
  });
});
