/**
 * One archive's life on the zip page: list what goes in, build and save it, or stop on Cancel.
 * The file is handed to the browser only once the archive is whole, so a cancelled or failed
 * archive never appears as a finished download.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import type { ZipRequest } from '../src/ui/zip-url.ts';
import { buildArchive } from './build-archive.ts';
import { collectObjects, ZipProblem } from './collect-objects.ts';
import type { ZipProgress } from './progress.ts';

export type ZipState =
  | { phase: 'listing' }
  | { phase: 'zipping'; progress: ZipProgress }
  | { phase: 'saved'; progress: ZipProgress }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/** The link to the finished file lives on while the browser saves it. */
const LINK_LIFETIME_MS = 60_000;

function save(archive: Blob, name: string): void {
  const url = URL.createObjectURL(archive);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), LINK_LIFETIME_MS);
}

export function useZip(client: Client, request: ZipRequest) {
  const [state, setState] = useState<ZipState>({ phase: 'listing' });
  const stop = useRef(new AbortController());
  const { name } = request;

  useEffect(() => {
    const { signal } = stop.current;
    let last: ZipProgress | undefined;
    void (async () => {
      try {
        const objects = await collectObjects(client, request.items, signal);
        const archive = await buildArchive(client, objects, request.base, signal, (progress) => {
          last = progress;
          if (!signal.aborted) setState({ phase: 'zipping', progress });
        });
        signal.throwIfAborted();
        save(archive, name);
        setState({ phase: 'saved', progress: last as ZipProgress });
      } catch (error) {
        if (signal.aborted) setState({ phase: 'cancelled' });
        else setState({ phase: 'failed', message: error instanceof ZipProblem ? error.message : `The archive could not be made: ${(error as Error).message}` });
      }
    })();
  }, []);

  return { state, name, cancel: () => stop.current.abort() };
}
