/**
 * Fetches an image or link target from the background (the extension's origin): the page cannot
 * see or change this request, and it carries no Tote credential. Bytes are capped while they
 * arrive, so a huge or endless answer is cut off instead of filling memory.
 */
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';

/** Largest thing saved from a page (held in memory before the upload). */
export const MAX_SAVE_BYTES = 64 * 1024 * 1024;

export interface Fetched {
  bytes: Blob;
  contentType: string;
}

export async function fetchTarget(url: string, expect: 'image' | 'any', fetcher: typeof fetch = fetch): Promise<Fetched> {
  if (!/^(https?|data|blob):/i.test(url)) {
    throw new ToteError(ErrorCode.BadRequest, `Tote can only save http(s) and data addresses, not "${url.slice(0, 60)}".`);
  }
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'omit', redirect: 'follow', cache: 'force-cache' });
  } catch (error) {
    throw new ToteError(ErrorCode.Network, `Tote could not reach ${hostOf(url)} to fetch it. Check the connection, or whether Tote may access that site.`, { retryable: true, cause: error });
  }
  if (!response.ok) {
    throw new ToteError(ErrorCode.SourceRefused, `The ${expect === 'image' ? "image's" : "link's"} server refused (HTTP ${response.status}). Open it in a tab to see why.`, { retryable: response.status >= 500 });
  }
  const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
  if (expect === 'image' && !/^image\//i.test(contentType)) {
    throw new ToteError(ErrorCode.BadRequest, `The server sent ${contentType.split(';')[0]}, not an image; nothing was saved.`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_SAVE_BYTES) throw tooLarge();
  return { bytes: await readCapped(response), contentType };
}

async function readCapped(response: Response): Promise<Blob> {
  if (response.body === null) return new Blob([]);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_SAVE_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[]);
}

function tooLarge(): ToteError {
  return new ToteError(ErrorCode.TooLarge, `This is larger than ${MAX_SAVE_BYTES / 1024 / 1024} MiB, the most Tote saves from a page. Download it and upload it from Tote's popup instead.`);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || 'the site';
  } catch {
    return 'the site';
  }
}
