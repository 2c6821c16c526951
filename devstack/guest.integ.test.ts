/** A guest: GetId → GetCredentialsForIdentity → reads `public/`, and is refused every write. */
import { GetIdCommand } from '@aws-sdk/client-cognito-identity';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { WELCOME_KEY, WELCOME_TEXT } from './rgw/provision.ts';
import { cognitoClient, guest, outcome, s3Client } from './test-support/clients.ts';
import { stack } from './test-support/stack.ts';

describe('a guest identity', () => {
  it("gets an identity id in the pool's region and credentials that live about the configured time", async () => {
    const { identityId, credentials } = await guest(stack());
    expect(identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    const lifetime = (credentials.expiration!.getTime() - Date.now()) / 1000;
    // Longer than the SDK's 5-minute refresh margin, or every request would refresh (background/identity/credential-broker.ts, REFRESH_MARGIN_MS).
    expect(lifetime).toBeGreaterThan(stack().tokenLifetimes.awsCredentials - 60);
    expect(lifetime).toBeLessThanOrEqual(stack().tokenLifetimes.awsCredentials + 5);
  });

  it('reads and lists public/', async () => {
    const { credentials } = await guest(stack());
    const s3 = s3Client(stack(), credentials);
    const object = await s3.send(new GetObjectCommand({ Bucket: stack().bucket, Key: WELCOME_KEY }));
    expect(await object.Body!.transformToString()).toBe(WELCOME_TEXT);
    const listing = await s3.send(new ListObjectsV2Command({ Bucket: stack().bucket, Prefix: 'public/', Delimiter: '/' }));
    expect(listing.Contents?.map((o) => o.Key)).toContain(WELCOME_KEY);
  });

  it('is refused any write, and any listing outside public/', async () => {
    const { identityId, credentials } = await guest(stack());
    const s3 = s3Client(stack(), credentials);
    const bucket = stack().bucket;
    const refusals = await Promise.all([
      outcome(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'public/guest-wrote-this.txt', Body: 'x' }))),
      outcome(s3.send(new PutObjectCommand({ Bucket: bucket, Key: `private/${identityId}/mine.txt`, Body: 'x' }))),
      outcome(s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: WELCOME_KEY }))),
      outcome(s3.send(new ListObjectsV2Command({ Bucket: bucket }))),
      outcome(s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'private/' }))),
    ]);
    expect(refusals).toEqual(Array(5).fill('403 AccessDenied'));
    // The welcome object survived the delete attempt.
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: WELCOME_KEY }));
    expect(await object.Body!.transformToString()).toBe(WELCOME_TEXT);
  });

  it('is refused where the pool does not allow guests', async () => {
    const attempt = cognitoClient(stack()).send(new GetIdCommand({ IdentityPoolId: stack().identityPools.noGuests }));
    await expect(attempt).rejects.toMatchObject({ name: 'NotAuthorizedException', message: expect.stringMatching(/Unauthenticated access is not supported/) });
  });

  it('gets a new identity id on each GetId, as Cognito does without a login', async () => {
    const [a, b] = await Promise.all([guest(stack()), guest(stack())]);
    expect(a.identityId).not.toBe(b.identityId);
  });
});
