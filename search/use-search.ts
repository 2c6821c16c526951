/**
 * Searches every key under a prefix: the listing page by page (no delimiter, so the whole tree),
 * each page's matches shown as it arrives, until the end or Cancel. Nothing is kept but the matches.
 */
import { useRef, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import { matchParts } from './match.ts';

/** More results than a person reads; the count still covers every key. */
export const MAX_SHOWN = 1000;

export interface Hit {
  key: string;
  /** The path below the searched prefix, cut into plain and matched parts. */
  parts: Array<{ text: string; match: boolean }>;
}
export interface SearchState {
  phase: 'idle' | 'searching' | 'done' | 'cancelled' | 'failed';
  scanned: number;
  matches: number;
  hits: Hit[];
  error?: string;
}

export function useSearch(client: Client, prefix: string) {
  const [state, setState] = useState<SearchState>({ phase: 'idle', scanned: 0, matches: 0, hits: [] });
  const run = useRef(0);

  const start = async (words: string[]) => {
    const ticket = ++run.current;
    let next: SearchState = { phase: 'searching', scanned: 0, matches: 0, hits: [] };
    setState(next);
    let continuationToken: string | undefined;
    do {
      const reply = await client.call('s3.list', { prefix, pageSize: 1000, ...(continuationToken ? { continuationToken } : {}) });
      if (ticket !== run.current) return;
      if (!reply.ok) return setState({ ...next, phase: 'failed', error: reply.error.message });
      const base = reply.value.prefix;
      const found = reply.value.objects.flatMap((object) => {
        const parts = matchParts(object.key.slice(base.length), words);
        return parts ? [{ key: object.key, parts }] : [];
      });
      next = {
        phase: 'searching',
        scanned: next.scanned + reply.value.objects.length,
        matches: next.matches + found.length,
        hits: [...next.hits, ...found].slice(0, MAX_SHOWN),
      };
      setState(next);
      continuationToken = reply.value.continuationToken;
    } while (continuationToken);
    setState({ ...next, phase: 'done' });
  };
  const cancel = () => {
    run.current++;
    setState((before) => ({ ...before, phase: before.phase === 'searching' ? 'cancelled' : before.phase }));
  };
  return { state, start, cancel };
}
