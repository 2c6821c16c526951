/**
 * The byte ranges an object is read in for the archive (zip/read-object.ts), and what S3's
 * answer to one says: where the range ends and how large the object is (Content-Range).
 */

/** Bytes per ranged GET: what one response may buffer ahead of the archive. */
export const RANGE_BYTES = 8 * 1024 * 1024;

/** The Range header for the range starting at `start`. */
export function rangeHeader(start: number): string {
  return `bytes=${start}-${start + RANGE_BYTES - 1}`;
}

/** `bytes 0-8388607/134217728` → its first and last byte and the object's size; undefined when it is no such range. */
export function contentRange(header: string | null): { start: number; end: number; size: number } | undefined {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header?.trim() ?? '');
  if (!match) return undefined;
  const [start, end, size] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return start <= end && end < size ? { start, end, size } : undefined;
}
