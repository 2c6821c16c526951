/**
 * Reads one object for the archive in ranged GETs (zip/object-ranges.ts), each through a short
 * presigned link the background makes, so the page never holds a credential. Firefox's fetch reads
 * a response off the network as fast as it comes, whatever its reader takes (measured:
 * docs/architecture.md, Download as .zip), so one GET of a large object would wait in memory for a
 * slower disk; ranges bound that to the range being read and the one requested ahead of it. Every
 * range must carry the first one's ETag: an object replaced mid-read fails the archive instead of
 * mixing two versions in one entry.
 */
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import type { ZipObject } from './collect-objects.ts';
import { ZipProblem } from './collect-objects.ts';
import { contentRange, rangeHeader } from './object-ranges.ts';

/** Each link is followed at once. */
const LINK_SECONDS = 300;

const nameOf = (object: ZipObject) => object.key.slice(object.key.lastIndexOf('/') + 1);

async function openRange(client: Client, object: ZipObject, start: number, signal: AbortSignal): Promise<Response> {
  const name = nameOf(object);
  const link = await client.call('s3.presign', { key: object.key, expiresInSeconds: LINK_SECONDS });
  signal.throwIfAborted();
  if (!link.ok) throw new ZipProblem(t('zipCannotRead', name, link.error.message));
  const response = await fetch(link.value.url, { signal, cache: 'no-store', credentials: 'omit', headers: { range: rangeHeader(start) } });
  // 416: an empty object has no first byte to start a range at.
  if (response.status === 416 && start === 0) return new Response(new Uint8Array(0));
  if (!response.ok || !response.body) throw new ZipProblem(t('zipReadStatus', name, response.status));
  // A part of the object that is not the part asked for would put wrong bytes in the archive.
  if (response.status === 206 && contentRange(response.headers.get('content-range'))?.start !== start) throw new ZipProblem(t('zipReadWrongRange', name));
  return response;
}

async function* bodyChunks(response: Response): AsyncGenerator<Uint8Array> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) yield read.value;
  } finally {
    reader.releaseLock();
  }
}

/** The object's bytes in order, one range requested ahead of the one being read. */
export async function* objectChunks(client: Client, object: ZipObject, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  let response = await openRange(client, object, 0, signal);
  const etag = response.headers.get('etag');
  for (;;) {
    // Not 206: the whole object came at once (a server that ignores Range, or an empty object).
    const range = response.status === 206 ? contentRange(response.headers.get('content-range')) : undefined;
    const ahead = range && range.end + 1 < range.size ? openRange(client, object, range.end + 1, signal) : undefined;
    ahead?.catch(() => undefined);
    yield* bodyChunks(response);
    if (ahead === undefined) return;
    response = await ahead;
    if (response.headers.get('etag') !== etag) throw new ZipProblem(t('zipObjectChanged', nameOf(object)));
  }
}
