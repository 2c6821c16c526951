/**
 * The ETag S3 gives an object completed from parts: the MD5 of the parts' MD5s (each part's ETag,
 * as bytes, in part order), then `-<number of parts>`. Comparing it with what HEAD answers tells
 * whether the object under a key is the one these parts made.
 */
import { md5 } from './md5.ts';
import type { PartDone } from './transfer-store.ts';

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** `undefined` when a part's ETag is not a plain MD5 (S3 with SSE-KMS, some S3-compatible servers). */
export function multipartETag(parts: PartDone[]): string | undefined {
  const digests = [...parts].sort((a, b) => a.PartNumber - b.PartNumber).map((part) => part.ETag.replaceAll('"', ''));
  if (digests.length === 0 || !digests.every((digest) => /^[0-9a-f]{32}$/i.test(digest))) return undefined;
  const joined = hexBytes(digests.join(''));
  const hex = Array.from(md5(joined), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `"${hex}-${parts.length}"`;
}
