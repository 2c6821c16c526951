/**
 * Presigned URLs made with issued (temporary) credentials work with plain `fetch` and with
 * `curl`; RGW refuses them tampered with or expired.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { beforeAll, describe, expect, it } from 'vitest';
import { WELCOME_KEY, WELCOME_TEXT } from './rgw/provision.ts';
import { authenticated, guest, s3Client, signInUser, type AwsCredentials } from './test-support/clients.ts';
import { curl } from './test-support/curl.ts';
import { stack, user } from './test-support/stack.ts';
import { flipCharacter } from './test-support/tamper.ts';

describe('presigned URLs', () => {
  let alice: { identityId: string; credentials: AwsCredentials };
  const bucket = (): string => stack().bucket;
  const presignGet = (credentials: AwsCredentials, key: string, expiresIn = 300): Promise<string> =>
    getSignedUrl(s3Client(stack(), credentials), new GetObjectCommand({ Bucket: bucket(), Key: key }), { expiresIn });
  const presignPut = (credentials: AwsCredentials, key: string): Promise<string> =>
    getSignedUrl(s3Client(stack(), credentials), new PutObjectCommand({ Bucket: bucket(), Key: key }), { expiresIn: 300 });

  beforeAll(async () => {
    const { identityId } = await guest(stack());
    alice = await authenticated(stack(), identityId, (await signInUser(stack(), user('alice'))).id_token);
  });

  it('GET works with fetch and curl (guest credentials, public/)', async () => {
    const { credentials } = await guest(stack());
    const url = await presignGet(credentials, WELCOME_KEY);
    expect(url).toContain('X-Amz-Security-Token=');
    const response = await fetch(url);
    expect([response.status, await response.text()]).toEqual([200, WELCOME_TEXT]);
    expect(await curl(url)).toEqual({ status: 200, body: WELCOME_TEXT });
  });

  it('PUT works with fetch and curl, and the objects read back (own private prefix)', async () => {
    const viaFetch = `private/${alice.identityId}/presigned-fetch.txt`;
    const viaCurl = `private/${alice.identityId}/presigned-curl.txt`;
    const put = await fetch(await presignPut(alice.credentials, viaFetch), { method: 'PUT', body: 'put by fetch' });
    expect(put.status).toBe(200);
    expect(put.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect((await curl(await presignPut(alice.credentials, viaCurl), { method: 'PUT', body: 'put by curl' })).status).toBe(200);
    expect(await (await fetch(await presignGet(alice.credentials, viaFetch))).text()).toBe('put by fetch');
    expect((await curl(await presignGet(alice.credentials, viaCurl))).body).toBe('put by curl');
  });

  it('refuses a PUT presigned for a prefix the identity may not write', async () => {
    const { credentials } = await guest(stack());
    const response = await fetch(await presignPut(credentials, 'public/presigned-by-guest.txt'), { method: 'PUT', body: 'x' });
    expect(response.status).toBe(403);
  });

  it('refuses a tampered URL: another key, a longer expiry, a changed signature', async () => {
    const url = new URL(await presignGet(alice.credentials, WELCOME_KEY));
    const otherKey = new URL(url);
    otherKey.pathname = otherKey.pathname.replace('welcome.txt', 'welcome2.txt');
    const longer = new URL(url);
    longer.searchParams.set('X-Amz-Expires', '604800');
    const signature = new URL(url);
    signature.searchParams.set('X-Amz-Signature', flipCharacter(url.searchParams.get('X-Amz-Signature')!));
    expect((await fetch(url)).status).toBe(200);
    for (const tampered of [otherKey, longer, signature]) {
      const response = await fetch(tampered);
      expect({ url: tampered.href, status: response.status, body: await response.text() }).toMatchObject({
        status: 403,
        body: expect.stringContaining('SignatureDoesNotMatch'),
      });
    }
    expect((await curl(signature.href)).status).toBe(403);
  });

  it('refuses a URL past its expiry', async () => {
    const signedAt = Date.now();
    const url = await presignGet(alice.credentials, WELCOME_KEY, 2);
    expect((await fetch(url)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, signedAt + 3100 - Date.now()));
    const response = await fetch(url);
    expect(response.status).toBe(403);
    // RGW says AccessDenied where AWS says "Request has expired".
    expect(await response.text()).toContain('<Code>AccessDenied</Code>');
  });
});
