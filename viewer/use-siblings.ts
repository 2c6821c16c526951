/**
 * The files beside the one shown, in the popup's default order (by name), for previous and next.
 * At most a few pages of the folder: enough to step through, without listing a huge folder whole.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import type { ListResult } from '../src/messaging/protocol.ts';
import { sortEntries, toEntries, type Entry } from '../popup/entries.ts';

const MAX_PAGES = 5;

export function parentOf(key: string): string {
  return key.slice(0, key.lastIndexOf('/') + 1);
}

export function useSiblings(client: Client, folder: string): Entry[] {
  const [files, setFiles] = useState<Entry[]>([]);
  useEffect(() => {
    let current = true;
    void (async () => {
      const pages: ListResult[] = [];
      let continuationToken: string | undefined;
      do {
        const reply = await client.call('s3.list', { prefix: folder, delimiter: '/', pageSize: 1000, ...(continuationToken ? { continuationToken } : {}) });
        if (!reply.ok) break;
        pages.push(reply.value);
        continuationToken = reply.value.continuationToken;
      } while (continuationToken && pages.length < MAX_PAGES);
      if (current) setFiles(sortEntries(toEntries(pages), { field: 'name', descending: false }).filter((entry) => entry.kind === 'file'));
    })();
    return () => {
      current = false;
    };
  }, [client, folder]);
  return files;
}
