/**
 * Firefox (whose background answers no fetches): builds the archive on the page into one Blob and
 * hands it to the browser's downloads only once it is whole. Firefox holds that Blob in memory
 * while it grows (measured: docs/architecture.md, S3 and transfers), so here memory is bounded by
 * the archive's size, not by a buffer; a cancelled or failed archive is never saved.
 */
import type { Client } from '../src/messaging/client.ts';
import type { ZipRequest } from '../src/ui/zip-url.ts';
import { archiveStream } from './build-archive.ts';
import { collectObjects } from './collect-objects.ts';
import type { ZipProgress } from './progress.ts';

/** The link to the finished file lives on while the browser saves it. */
const LINK_LIFETIME_MS = 60_000;

export async function saveWhole(client: Client, request: ZipRequest, signal: AbortSignal, onProgress: (progress: ZipProgress) => void): Promise<void> {
  const objects = await collectObjects(client, request.items, signal);
  const archive = await new Response(archiveStream(client, objects, request.base, signal, onProgress)).blob();
  signal.throwIfAborted();
  const url = URL.createObjectURL(archive);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), LINK_LIFETIME_MS);
}
