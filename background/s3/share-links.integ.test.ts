/**
 * Shared links against the devstack's RGW: a link to something a browser would run (HTML, SVG)
 * answers as a download, so it never renders on the bucket's origin; a passive type opens with
 * the type checked when the link was made, even after the object is replaced.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { nodeIdentity } from '../../test/support/node-identity.ts';
import type { HandlerContext } from '../router.ts';
import { presignHandler } from './presign.ts';

const stack = inject('devstack');
const page: HandlerContext = { sender: { kind: 'page', url: 'chrome-extension://x/popup/index.html' } };
const SCRIPT = '<script>alert(document.domain)</script>';
const SVG = `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>`;

describe('shared links cannot run script on the bucket origin', () => {
  let me: Awaited<ReturnType<typeof nodeIdentity>>;
  let put: (name: string, body: string, type: string) => Promise<void>;

  beforeAll(async () => {
    me = await nodeIdentity(stack, 'user');
    const { client, bucket } = await me.s3.access();
    put = async (name, body, type) =>
      void (await client.send(new PutObjectCommand({ Bucket: bucket, Key: `private/${me.identityId}/share/${name}`, Body: body, ContentType: type })));
  });

  const link = async (name: string) => (await presignHandler(me.s3)({ key: `private/\${identityId}/share/${name}`, expiresInSeconds: 300 }, page)).url;

  it.each([
    ['page.html', SCRIPT, 'text/html'],
    ['drawing.svg', SVG, 'image/svg+xml'],
    ['disguised.html', SCRIPT, 'image/png'],
  ])('a link to %s (stored as %s) answers as an attachment under its name', async (name, body, type) => {
    await put(name, body, type);
    const response = await fetch(await link(name));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
    expect(await response.text()).toBe(body);
  });

  it('a link to an image opens inline as that image type, even after the object is replaced by HTML', async () => {
    await put('photo.png', 'png bytes', 'image/png');
    const url = await link('photo.png');
    const before = await fetch(url);
    expect([before.status, before.headers.get('content-type'), before.headers.get('content-disposition')]).toEqual([200, 'image/png', null]);
    await before.arrayBuffer();
    await put('photo.png', SCRIPT, 'text/html');
    const after = await fetch(url);
    expect(after.headers.get('content-type')).toBe('image/png');
    expect(await after.text()).toBe(SCRIPT);
  });
});
