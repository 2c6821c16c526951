/**
 * How big an upload's parts are. Each part is a request with a cost of its own (signing, the hop
 * to the offscreen document in Chrome, S3's work per part): on loopback here, 256 MiB went at
 * 0.62× one `fetch` PUT in 8 MiB parts and at 0.83× in 32 MiB ones, while 64 MiB parts gained
 * nothing more (docs/benchmarks.md). So parts grow with the file, to about eight of them — four
 * in flight (multipart.ts) and four to come, so a slow link still has parallel parts and a stop
 * sends again at most the four in flight — from 8 MiB up to 32 MiB, and never more than S3's
 * 10,000 parts.
 */
const MiB = 1024 * 1024;
export const MIN_PART_SIZE = 8 * MiB;
export const MAX_PART_SIZE = 32 * MiB;
const ABOUT_PARTS = 8;
/** S3 allows at most 10,000 parts. */
const MAX_PARTS = 10_000;

export function partSizeFor(size: number): number {
  const even = Math.ceil(size / ABOUT_PARTS / MiB) * MiB;
  return Math.max(Math.min(Math.max(even, MIN_PART_SIZE), MAX_PART_SIZE), Math.ceil(size / MAX_PARTS));
}
