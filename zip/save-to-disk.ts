/**
 * Firefox: writes the archive, as it is made, into a file of the scratch folder on disk
 * (scratch-folder.ts), so memory holds only the chunks in flight, then saves that disk-backed file
 * through the browser's downloads. Cancel or a failed read aborts the write and removes the
 * partial file before the page says so. The finished file is removed once the browser has had the
 * link's lifetime to open it, or when the page goes away, whichever comes first (Firefox keeps
 * reading a file it has opened after it is removed, measured: docs/architecture.md, Download as .zip).
 */
import type { Client } from '../src/messaging/client.ts';
import type { ZipRequest } from '../src/ui/zip-url.ts';
import { archiveBound, roomProblem, tooLargeSentence } from './archive-room.ts';
import { archiveStream } from './build-archive.ts';
import { collectObjects, ZipProblem } from './collect-objects.ts';
import { handToDownloads } from './hand-to-downloads.ts';
import type { ZipProgress } from './progress.ts';
import { holdFile } from './scratch-folder.ts';

function pageHidden(): Promise<void> {
  return new Promise((hidden) => addEventListener('pagehide', () => hidden(), { once: true }));
}

/** Writes `archive` into the file `name` of `folder`; on failure aborts the write, which lets the file go. */
async function writeFile(folder: FileSystemDirectoryHandle, name: string, archive: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<File> {
  const file = await folder.getFileHandle(name, { create: true });
  const writable = await file.createWritable();
  // Aborted here, not by pipeTo: Firefox's pipeTo settles before the file is let go, and removing it then fails.
  await archive.pipeTo(writable, { signal, preventAbort: true }).catch(async (error: unknown) => {
    await writable.abort(error).catch(() => undefined);
    throw error;
  });
  return file.getFile();
}

export async function saveToDisk(
  client: Client,
  request: ZipRequest,
  signal: AbortSignal,
  onProgress: (progress: ZipProgress) => void,
  folder: FileSystemDirectoryHandle,
): Promise<void> {
  const objects = await collectObjects(client, request.items, signal);
  const estimate = await navigator.storage.estimate();
  const problem = roomProblem(objects, estimate);
  if (problem) throw new ZipProblem(problem);
  const name = `${crypto.randomUUID()}.zip`;
  const release = await holdFile(name);
  const remove = () =>
    folder
      .removeEntry(name)
      .catch(() => undefined)
      .finally(release);
  let archive: File;
  try {
    archive = await writeFile(folder, name, archiveStream(client, objects, request.base, signal, onProgress), signal);
  } catch (error) {
    await remove();
    const full = (error as Error).name === 'QuotaExceededError';
    throw full ? new ZipProblem(tooLargeSentence(archiveBound(objects), (estimate.quota ?? 0) - (estimate.usage ?? 0))) : error;
  }
  void Promise.race([handToDownloads(archive, request.name), pageHidden()]).then(remove);
}
