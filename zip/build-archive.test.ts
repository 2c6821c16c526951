import { crc32 } from 'node:zlib';
import { afterEach, expect, it, vi } from 'vitest';
import { createClient } from '../src/messaging/client.ts';
import { archiveStream } from './build-archive.ts';
import { RANGE_BYTES } from './object-ranges.ts';

/** A client whose background presigns every key to a link of the stubbed bucket. */
const client = createClient(async (message) => {
  const { request } = message as { request: { key: string } };
  return { ok: true, value: { url: `https://bucket.test/${request.key}`, key: request.key, expiresAt: 0 } };
});

const ZEROS = new Uint8Array(RANGE_BYTES);

/** S3 answering ranged GETs of one object of `size` zero bytes, without holding it. */
function serveZeros(size: number): void {
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const range = (init.headers as Record<string, string>).range as string;
    const [start, last] = range.slice('bytes='.length).split('-').map(Number) as [number, number];
    const end = Math.min(last, size - 1);
    return new Response(ZEROS.subarray(0, end - start + 1), { status: 206, headers: { 'content-range': `bytes ${start}-${end}/${size}`, etag: '"v1"' } });
  });
}

afterEach(() => vi.unstubAllGlobals());

const u32 = (bytes: Uint8Array, at: number) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true);
const u64 = (bytes: Uint8Array, at: number) => Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(at, true));

it('writes a file past 4 GiB as ZIP64: its true size and CRC in the central directory, a ZIP64 end record', { timeout: 120_000 }, async () => {
  const size = 4 * 1024 ** 3 + 3 * RANGE_BYTES + 5;
  serveZeros(size);
  const objects = [{ key: 'private/u/big/zeros.bin', size, lastModified: Date.UTC(2026, 11, 1) }];
  const reader = archiveStream(client, objects, 'private/u/big/', new AbortController().signal, () => undefined).getReader();
  let total = 0;
  let tail = new Uint8Array(0);
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.byteLength;
    // Keep only the archive's end: the central directory and end records.
    if (read.value.length >= 4096) tail = read.value.slice(-4096);
    else {
      const joined = new Uint8Array(tail.length + read.value.length);
      joined.set(tail);
      joined.set(read.value, tail.length);
      tail = joined.slice(-4096);
    }
  }
  expect(total).toBeGreaterThan(size);

  // The ZIP64 end of central directory record, then its locator, then the classic end record.
  const end = tail.length - 22;
  expect(u32(tail, end)).toBe(0x06054b50);
  const locator = end - 20;
  expect(u32(tail, locator)).toBe(0x07064b50);
  const zip64End = tail.length - (total - u64(tail, locator + 8));
  expect(u32(tail, zip64End)).toBe(0x06064b50);
  expect(u64(tail, zip64End + 32)).toBe(1); // entries in the archive

  // The one central directory entry: sizes 0xFFFFFFFF, the real ones in its ZIP64 extra field.
  const central = tail.length - (total - u64(tail, zip64End + 48));
  expect(u32(tail, central)).toBe(0x02014b50);
  expect(u32(tail, central + 20)).toBe(0xffffffff);
  expect(u32(tail, central + 24)).toBe(0xffffffff);
  const nameLength = tail[central + 28]! | (tail[central + 29]! << 8);
  expect(new TextDecoder().decode(tail.subarray(central + 46, central + 46 + nameLength))).toBe('zeros.bin');
  const extra = central + 46 + nameLength;
  expect(tail[extra]! | (tail[extra + 1]! << 8)).toBe(0x0001);
  expect(u64(tail, extra + 4)).toBe(size);
  expect(u64(tail, extra + 12)).toBe(size);

  let crc = 0;
  for (let done = 0; done < size; done += RANGE_BYTES) crc = crc32(ZEROS.subarray(0, Math.min(RANGE_BYTES, size - done)), crc);
  expect(u32(tail, central + 16)).toBe(crc);
});
