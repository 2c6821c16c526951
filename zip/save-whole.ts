/**
 * Firefox where it keeps no files for Tote on disk (private windows): builds the archive on the
 * page into one Blob and hands it to the browser's downloads only once it is whole. Firefox holds
 * that Blob in memory while it grows (measured: docs/architecture.md, Download as .zip), so memory
 * grows with the archive: the zip page says so. A cancelled or failed archive is never saved.
 */
import type { Client } from '../src/messaging/client.ts';
import type { ZipRequest } from '../src/ui/zip-url.ts';
import { archiveStream } from './build-archive.ts';
import { collectObjects } from './collect-objects.ts';
import { handToDownloads } from './hand-to-downloads.ts';
import type { ZipProgress } from './progress.ts';

export async function saveWhole(client: Client, request: ZipRequest, signal: AbortSignal, onProgress: (progress: ZipProgress) => void): Promise<void> {
  const objects = await collectObjects(client, request.items, signal);
  const archive = await new Response(archiveStream(client, objects, request.base, signal, onProgress)).blob();
  signal.throwIfAborted();
  void handToDownloads(archive, request.name);
}
