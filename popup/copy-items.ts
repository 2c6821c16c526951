/**
 * Copies or moves files and folders into another folder, one object at a time, reporting progress.
 * A folder is walked through its listing and each object copied on its own, so a run stopped part
 * way (popup closed, background stopped) is safely repeated: a copy writes the same objects again,
 * and a move only deletes an original after its copy succeeded, so repeating it moves what is left.
 */
import type { Client } from '../src/messaging/client.ts';
import { formatNumber, t } from '../src/i18n/t.ts';
import type { Entry } from './entries.ts';

export interface CopyJob {
  /** The entry as listed, and the key it goes to (a folder's ends in "/"). */
  entry: Entry;
  to: string;
}
export interface Progress {
  done: number;
  total: number;
}

const AT_ONCE = 4;

async function keysUnder(client: Client, folder: string): Promise<string[]> {
  const keys: string[] = [];
  let continuationToken: string | undefined;
  do {
    const reply = await client.call('s3.list', { prefix: folder, pageSize: 1000, ...(continuationToken ? { continuationToken } : {}) });
    if (!reply.ok) throw new Error(reply.error.message);
    keys.push(...reply.value.objects.map((object) => object.key));
    continuationToken = reply.value.continuationToken;
  } while (continuationToken);
  return keys;
}

/** Runs the jobs; resolves to how many objects were copied or moved. Throws with the first failure's sentence. */
export async function copyItems(client: Client, jobs: readonly CopyJob[], move: boolean, onProgress: (progress: Progress) => void): Promise<number> {
  const pairs: Array<[string, string]> = [];
  for (const { entry, to } of jobs) {
    if (entry.kind === 'file') pairs.push([entry.key, to]);
    else for (const key of await keysUnder(client, entry.key)) pairs.push([key, to + key.slice(entry.key.length)]);
  }
  const progress = { done: 0, total: pairs.length };
  onProgress({ ...progress });
  let next = 0;
  // The first failure stops every lane from taking more, and is reported once all have stopped:
  // until then the run is still going, and a rerun started meanwhile would race it.
  let failure: string | undefined;
  const worker = async () => {
    while (next < pairs.length && failure === undefined) {
      const [from, to] = pairs[next++] as [string, string];
      // A folder's own marker object: made anew, since copying a key ending in "/" copies a whole folder.
      const reply = from.endsWith('/') ? await client.call('s3.createFolder', { folder: to }) : await client.call(move ? 's3.move' : 's3.copy', { from, to });
      if (reply.ok && from.endsWith('/') && move) await client.call('s3.delete', { keys: [from] });
      if (!reply.ok) {
        failure ??= reply.error.message;
        return;
      }
      progress.done++;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, pairs.length) }, worker));
  if (failure !== undefined) throw new Error(t('popupCopyStopped', failure, formatNumber(progress.done), formatNumber(progress.total)));
  return progress.done;
}
