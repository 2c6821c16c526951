/**
 * One archive's life on the zip page: list what goes in, build and save it, or stop on Cancel.
 * Chrome streams it to disk from the service worker (save-streamed.ts); Firefox builds it here and
 * saves it once whole (save-whole.ts). Either way a cancelled or failed archive never appears
 * as a finished download.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { BUILD_BROWSER } from '../src/build-info.ts';
import type { Client } from '../src/messaging/client.ts';
import type { ZipRequest } from '../src/ui/zip-url.ts';
import { ZipProblem } from './collect-objects.ts';
import type { ZipProgress } from './progress.ts';
import { saveWhole } from './save-whole.ts';
import { saveStreamed } from './save-streamed.ts';

export type ZipState =
  | { phase: 'listing' }
  | { phase: 'zipping'; progress: ZipProgress }
  | { phase: 'saved'; progress: ZipProgress }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

export function useZip(client: Client, request: ZipRequest) {
  const [state, setState] = useState<ZipState>({ phase: 'listing' });
  const stop = useRef(new AbortController());

  useEffect(() => {
    const { signal } = stop.current;
    let last: ZipProgress | undefined;
    const onProgress = (progress: ZipProgress) => {
      last = progress;
      if (!signal.aborted) setState({ phase: 'zipping', progress });
    };
    const save = BUILD_BROWSER === 'chrome' ? saveStreamed(client, request, signal, onProgress) : saveWhole(client, request, signal, onProgress);
    save.then(
      () => setState({ phase: 'saved', progress: last ?? { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 } }),
      (error: unknown) => {
        if (signal.aborted) setState({ phase: 'cancelled' });
        else setState({ phase: 'failed', message: error instanceof ZipProblem ? error.message : `The archive could not be made: ${(error as Error).message}` });
      },
    );
  }, []);

  return { state, name: request.name, cancel: () => stop.current.abort() };
}
