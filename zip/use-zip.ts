/**
 * One archive's life on the zip page: list what goes in, build and save it, or stop on Cancel.
 * Chrome streams it to disk from the service worker (save-streamed.ts); Firefox writes it to a
 * file on disk as it is made and saves that (save-to-disk.ts), or, where Firefox keeps no files
 * for Tote (private windows), builds it in memory and says so (save-whole.ts). Either way a
 * cancelled or failed archive never appears as a finished download.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../src/i18n/t.ts';
import { BUILD_BROWSER } from '../src/build-info.ts';
import type { Client } from '../src/messaging/client.ts';
import type { ZipRequest } from '../src/ui/zip-url.ts';
import { ZipProblem } from './collect-objects.ts';
import type { ZipProgress } from './progress.ts';
import { openScratchFolder, removeLeftovers } from './scratch-folder.ts';
import { saveStreamed } from './save-streamed.ts';
import { saveToDisk } from './save-to-disk.ts';
import { saveWhole } from './save-whole.ts';

export type ZipState =
  | { phase: 'listing' }
  | { phase: 'zipping'; progress: ZipProgress }
  | { phase: 'saved'; progress: ZipProgress }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

type Save = (client: Client, request: ZipRequest, signal: AbortSignal, onProgress: (progress: ZipProgress) => void) => Promise<void>;

/** Firefox's way to save, and whether it holds the whole archive in memory. */
async function firefoxSave(): Promise<{ save: Save; inMemory: boolean }> {
  const folder = await openScratchFolder();
  if (folder === undefined) return { save: saveWhole, inMemory: true };
  await removeLeftovers(folder);
  return { save: (client, request, signal, onProgress) => saveToDisk(client, request, signal, onProgress, folder), inMemory: false };
}

export function useZip(client: Client, request: ZipRequest) {
  const [state, setState] = useState<ZipState>({ phase: 'listing' });
  const [inMemory, setInMemory] = useState(false);
  const stop = useRef(new AbortController());

  useEffect(() => {
    const { signal } = stop.current;
    let last: ZipProgress | undefined;
    const onProgress = (progress: ZipProgress) => {
      last = progress;
      if (!signal.aborted) setState({ phase: 'zipping', progress });
    };
    const way = BUILD_BROWSER === 'chrome' ? Promise.resolve({ save: saveStreamed, inMemory: false }) : firefoxSave();
    way
      .then(({ save, inMemory }) => {
        setInMemory(inMemory);
        return save(client, request, signal, onProgress);
      })
      .then(
        () => setState({ phase: 'saved', progress: last ?? { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 } }),
        (error: unknown) => {
          if (signal.aborted) setState({ phase: 'cancelled' });
          else setState({ phase: 'failed', message: error instanceof ZipProblem ? error.message : t('errorZipFailedBecause', (error as Error).message) });
        },
      );
  }, []);

  return { state, name: request.name, inMemory, cancel: () => stop.current.abort() };
}
