/**
 * The S3 handlers, run in Node with the real broker against the devstack (Cognito stand-in,
 * RGW): folders, head, copy, move, recursive delete, presigned links, and who may do what.
 */
import { createHash, randomBytes } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { nodeIdentity } from '../../test/support/node-identity.ts';
import type { HandlerContext } from '../router.ts';
import { copyHandler } from './copy.ts';
import { createFolderHandler } from './create-folder.ts';
import { deleteHandler } from './delete.ts';
import { getBytesHandler, PREVIEW_LIMIT } from './get-bytes.ts';
import { headHandler } from './head.ts';
import { listHandler } from './list.ts';
import { presignHandler } from './presign.ts';
import { putHandler } from './put.ts';

const stack = inject('devstack');
const page: HandlerContext = { sender: { kind: 'page', url: 'chrome-extension://x/popup/index.html' } };
type Identity = Awaited<ReturnType<typeof nodeIdentity>>;

describe('S3 operations for a signed-in user', () => {
  let me: Identity;
  let home: string;

  beforeAll(async () => {
    me = await nodeIdentity(stack, 'user');
    home = `private/${me.identityId}/`;
    const { client, bucket } = await me.s3.access();
    for (const [key, body] of [
      ['docs/a.txt', 'alpha'],
      ['docs/b.txt', 'bravo!'],
      ['docs/deep/c.txt', 'charlie'],
      ['photo.jpg', 'not really a jpeg'],
    ] as const) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: home + key, Body: body, ContentType: key.endsWith('.jpg') ? 'image/jpeg' : 'text/plain' }));
    }
  });

  it('lists folders apart from objects, and makes new folders', async () => {
    await expect(createFolderHandler(me.s3)({ folder: 'private/${identityId}/empty/' }, page)).resolves.toEqual({ folder: `${home}empty/` });
    const listing = await listHandler(me.s3)({ prefix: 'private/${identityId}/', delimiter: '/' }, page);
    expect(listing.folders.sort()).toEqual([`${home}docs/`, `${home}empty/`]);
    expect(listing.objects.map((o) => o.key)).toEqual([`${home}photo.jpg`]);
  });

  it('heads an object, and says when it does not exist', async () => {
    await expect(headHandler(me.s3)({ key: 'private/${identityId}/photo.jpg' }, page)).resolves.toMatchObject({
      key: `${home}photo.jpg`,
      size: 17,
      contentType: 'image/jpeg',
      etag: expect.any(String),
    });
    // RGW (like AWS) answers 403 for a missing key when the caller may not list the bucket root.
    await expect(headHandler(me.s3)({ key: 'private/${identityId}/nope.txt' }, page)).rejects.toMatchObject({
      code: expect.stringMatching(/^(not_found|access_denied)$/),
    });
  });

  it('copies an object and a folder, and moves (renames) a folder', async () => {
    await expect(copyHandler(me.s3, false)({ from: `${home}photo.jpg`, to: `${home}photo-copy.jpg` }, page)).resolves.toEqual({
      count: 1,
      to: `${home}photo-copy.jpg`,
    });
    await expect(copyHandler(me.s3, false)({ from: `${home}docs/`, to: `${home}docs-backup/` }, page)).resolves.toEqual({
      count: 3,
      to: `${home}docs-backup/`,
    });
    await expect(copyHandler(me.s3, true)({ from: `${home}docs-backup/`, to: `${home}archive/` }, page)).resolves.toEqual({ count: 3, to: `${home}archive/` });
    const all = await listHandler(me.s3)({ prefix: home }, page);
    const keys = all.objects.map((o) => o.key.slice(home.length)).sort();
    expect(keys).toEqual([
      'archive/a.txt',
      'archive/b.txt',
      'archive/deep/c.txt',
      'docs/a.txt',
      'docs/b.txt',
      'docs/deep/c.txt',
      'empty/',
      'photo-copy.jpg',
      'photo.jpg',
    ]);
    await expect(copyHandler(me.s3, true)({ from: `${home}docs/`, to: `${home}docs/inner/` }, page)).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('deletes keys and a folder recursively, answering how many', async () => {
    await expect(deleteHandler(me.s3)({ keys: [`${home}photo-copy.jpg`] }, page)).resolves.toMatchObject({ deleted: 1, refusedCount: 0 });
    await expect(deleteHandler(me.s3)({ folder: `${home}archive/` }, page)).resolves.toMatchObject({ deleted: 3, refusedCount: 0 });
    const left = await listHandler(me.s3)({ prefix: `${home}archive/` }, page);
    expect(left.objects).toEqual([]);
  });

  it("presigns a GET link that works, capped at the credentials' expiry with the reason", async () => {
    const link = await presignHandler(me.s3)({ key: 'private/${identityId}/docs/b.txt', expiresInSeconds: 7 * 24 * 3600 }, page);
    expect(link.cappedBecause).toContain('temporary credentials');
    expect(link.expiresAt).toBeLessThanOrEqual((await me.broker.get()).expiration);
    const response = await fetch(link.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('bravo!');
    const short = await presignHandler(me.s3)({ key: 'private/${identityId}/docs/b.txt', expiresInSeconds: 60 }, page);
    expect(short.cappedBecause).toBeUndefined();
  });

  it.each([0, 1, 5 * 1024 * 1024 - 1, 5 * 1024 * 1024 + 1])('uploads %i bytes from a Blob, and the same bytes come back', async (size) => {
    const bytes = randomBytes(size);
    const result = await putHandler(me.s3)({ key: `private/\${identityId}/sizes/${size}.bin`, body: new Blob([bytes], { type: 'application/x-test' }) }, page);
    expect(result).toMatchObject({ key: `${home}sizes/${size}.bin`, size });
    const { client, bucket } = await me.s3.access();
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: result.key }));
    expect(object.ContentType).toBe('application/x-test');
    const back = Buffer.from(await object.Body!.transformToByteArray());
    expect(createHash('sha256').update(back).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it("reads a small object's bytes for a preview, and refuses a large one", async () => {
    const preview = await getBytesHandler(me.s3)({ key: 'private/${identityId}/docs/a.txt' }, page);
    expect(preview).toMatchObject({ key: `${home}docs/a.txt`, contentType: 'text/plain' });
    expect(new TextDecoder().decode(preview.bytes)).toBe('alpha');
    await putHandler(me.s3)({ key: 'private/${identityId}/large.bin', body: new Blob([new Uint8Array(PREVIEW_LIMIT + 1)]) }, page);
    await expect(getBytesHandler(me.s3)({ key: 'private/${identityId}/large.bin' }, page)).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringContaining('Download it instead'),
    });
  });

  it('presigns a download link that makes the browser save the file under its name', async () => {
    const link = await presignHandler(me.s3)({ key: 'private/${identityId}/docs/b.txt', expiresInSeconds: 60, download: true }, page);
    const response = await fetch(link.url);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="b.txt"; filename*=UTF-8''b.txt`);
    expect(await response.text()).toBe('bravo!');
  });

  it("refuses writes under another identity's folder", async () => {
    const other = await nodeIdentity(stack, 'user');
    await expect(createFolderHandler(me.s3)({ folder: `private/${other.identityId}/intrusion/` }, page)).rejects.toMatchObject({
      code: 'access_denied',
      message: expect.stringContaining('your own folder'),
    });
    await expect(deleteHandler(me.s3)({ keys: [`private/${other.identityId}/x`] }, page)).rejects.toMatchObject({ code: 'access_denied' });
  });
});

describe('S3 operations for a guest', () => {
  it('refuses writes with a sentence that says to sign in', async () => {
    const guest = await nodeIdentity(stack, 'guest');
    await expect(createFolderHandler(guest.s3)({ folder: 'public/new/' }, page)).rejects.toMatchObject({
      code: 'access_denied',
      message: expect.stringContaining('Sign in'),
    });
    await expect(copyHandler(guest.s3, false)({ from: 'public/welcome.txt', to: 'public/copy.txt' }, page)).rejects.toMatchObject({
      code: 'access_denied',
      message: expect.stringContaining('Sign in'),
    });
    await expect(putHandler(guest.s3)({ key: 'public/upload.txt', body: new Blob(['hi']) }, page)).rejects.toMatchObject({
      code: 'access_denied',
      message: 'Guests cannot upload. Sign in to upload to your own folder.',
    });
  });
});
