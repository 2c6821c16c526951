import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../src/messaging/client.ts';
import { ZipProblem } from './collect-objects.ts';
import { RANGE_BYTES } from './object-ranges.ts';
import { objectChunks } from './read-object.ts';

const KEY = 'private/us-east-1:abc/album/photo.bin';
/** A client whose background presigns every key to a link of the fake bucket below. */
const client = createClient(async (message) => {
  const { request } = message as { request: { key: string } };
  return { ok: true, value: { url: `https://bucket.test/${request.key}`, key: request.key, expiresAt: 0 } };
});

interface Bucket {
  body: Uint8Array;
  etag: (request: number) => string;
  answer?: (range: string, request: number) => Response | undefined;
}

/** S3 as far as a ranged GET goes: 206 with Content-Range and ETag, 416 for an empty object. */
function serve(bucket: Bucket): string[] {
  const ranges: string[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const range = (init.headers as Record<string, string>).range as string;
    ranges.push(range);
    const special = bucket.answer?.(range, ranges.length);
    if (special) return special;
    const size = bucket.body.length;
    if (size === 0) return new Response(null, { status: 416 });
    const [start, last] = range.slice('bytes='.length).split('-').map(Number) as [number, number];
    const end = Math.min(last, size - 1);
    return new Response(bucket.body.slice(start, end + 1), {
      status: 206,
      headers: { 'content-range': `bytes ${start}-${end}/${size}`, etag: bucket.etag(ranges.length) },
    });
  });
  return ranges;
}

async function read(size: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of objectChunks(client, { key: KEY, size, lastModified: 0 }, new AbortController().signal)) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

const bytes = (n: number) => new Uint8Array(randomBytes(n));

afterEach(() => vi.unstubAllGlobals());

describe('objectChunks', () => {
  it('reads an object range after range, in order, the last one short', async () => {
    const body = bytes(2 * RANGE_BYTES + 17);
    const ranges = serve({ body, etag: () => '"v1"' });
    expect(Buffer.from(await read(body.length)).equals(Buffer.from(body))).toBe(true);
    expect(ranges).toEqual([`bytes=0-${RANGE_BYTES - 1}`, `bytes=${RANGE_BYTES}-${2 * RANGE_BYTES - 1}`, `bytes=${2 * RANGE_BYTES}-${3 * RANGE_BYTES - 1}`]);
  });

  it('takes the size from S3, not the listing: an object that grew is read whole', async () => {
    const body = bytes(RANGE_BYTES + 5);
    serve({ body, etag: () => '"v1"' });
    expect((await read(10)).length).toBe(RANGE_BYTES + 5);
  });

  it('fails, rather than mix two versions, when the object is replaced between ranges', async () => {
    serve({ body: bytes(RANGE_BYTES + 1), etag: (request) => (request === 1 ? '"v1"' : '"v2"') });
    await expect(read(RANGE_BYTES + 1)).rejects.toThrow(new ZipProblem('“photo.bin” changed while it was being zipped. Try again.'));
  });

  it('reads an empty object as nothing (S3 has no first byte to start a range at)', async () => {
    serve({ body: new Uint8Array(0), etag: () => '"e"' });
    expect((await read(0)).length).toBe(0);
  });

  it('takes the whole object from a server that ignores Range', async () => {
    const body = bytes(RANGE_BYTES + 3);
    const ranges = serve({ body, etag: () => '"v1"', answer: () => new Response(body.slice(), { status: 200 }) });
    expect((await read(body.length)).length).toBe(RANGE_BYTES + 3);
    expect(ranges).toHaveLength(1);
  });

  it('refuses a part other than the one asked for, and says what the bucket answered', async () => {
    const wrong = () => new Response('x', { status: 206, headers: { 'content-range': 'bytes 5-5/100' } });
    serve({ body: bytes(100), etag: () => '"v1"', answer: wrong });
    await expect(read(100)).rejects.toThrow(/another part of it than the one asked for/);
    serve({ body: bytes(100), etag: () => '"v1"', answer: () => new Response('no', { status: 403 }) });
    await expect(read(100)).rejects.toThrow('Could not read “photo.bin”: the bucket answered HTTP 403.');
  });
});
