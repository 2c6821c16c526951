import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../router.ts';
import { presignHandler } from './presign.ts';
import type { S3Context } from './s3-context.ts';
import { accessFor } from './s3-access.ts';

const page: HandlerContext = { sender: { kind: 'page', url: 'chrome-extension://x/popup/index.html' } };

/** A real client (it signs), whose HEAD answers with `stored` or fails; nothing goes on the wire. */
function contextWith(stored: { ContentType?: string } | Error) {
  const heads: string[] = [];
  const client = new S3Client({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    forcePathStyle: true,
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
  });
  client.send = (async (command: unknown) => {
    if (!(command instanceof HeadObjectCommand)) throw new Error('only HEAD is expected');
    heads.push(command.input.Key ?? '');
    if (stored instanceof Error) throw stored;
    return stored;
  }) as never;
  const context: S3Context = {
    access: async () => accessFor({ client, uploads: client, bucket: 'b', identityId: 'me', signedIn: true, expiration: Date.now() + 3_600_000 }),
  };
  return { context, heads };
}

const query = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('presigned links never render active content', () => {
  it('reads the stored type and pins a passive one in the link', async () => {
    const { context, heads } = contextWith({ ContentType: 'image/png' });
    const link = await presignHandler(context)({ key: 'private/${identityId}/a.png', expiresInSeconds: 60 }, page);
    expect(heads).toEqual(['private/me/a.png']);
    expect(query(link.url)).toMatchObject({ 'response-content-type': 'image/png' });
    expect(query(link.url)).not.toHaveProperty('response-content-disposition');
  });

  it.each([
    ['an HTML object', 'page.html', { ContentType: 'text/html' }],
    ['an SVG stored as an image', 'x.svg', { ContentType: 'image/svg+xml' }],
    ['HTML that claims to be plain text', 'page.html', { ContentType: 'text/plain' }],
    ['an object whose type cannot be read', 'gone.png', Object.assign(new Error('Forbidden'), { name: 'Forbidden' })],
  ])('makes %s a download, under its name', async (_label, name, stored) => {
    const { context } = contextWith(stored);
    const link = await presignHandler(context)({ key: `private/\${identityId}/${name}`, expiresInSeconds: 60 }, page);
    expect(query(link.url)['response-content-disposition']).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
    expect(query(link.url)).not.toHaveProperty('response-content-type');
  });

  it('signs a download link without reading the type', async () => {
    const { context, heads } = contextWith({ ContentType: 'image/png' });
    const link = await presignHandler(context)({ key: 'private/${identityId}/a.png', expiresInSeconds: 60, download: true }, page);
    expect(heads).toEqual([]);
    expect(query(link.url)['response-content-disposition']).toMatch(/^attachment; /);
  });
});
