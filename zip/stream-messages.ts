/**
 * Chrome's way to save an archive as it is made: the zip page loads `zip/stream?job=…&r=…` in a
 * hidden frame, the extension's service worker answers that request itself with the archive as a
 * streamed `attachment` response, and Chrome writes it to disk as it arrives. The page and the
 * worker talk over a BroadcastChannel named after the job: progress and the end one way, Cancel
 * the other. Firefox's background is an event page that answers no fetches: there the zip page
 * builds the archive itself and writes it to a file on disk as it goes (zip/save-to-disk.ts).
 */
import type { ZipProgress } from './progress.ts';

export const ZIP_STREAM_PATH = 'zip/stream';

export type ZipStreamNews = { kind: 'progress'; progress: ZipProgress } | { kind: 'done' } | { kind: 'failed'; message: string } | { kind: 'cancelled' };
export type ZipStreamOrder = { kind: 'cancel' };

export function zipChannelName(job: string): string {
  return `tote-zip-${job}`;
}
