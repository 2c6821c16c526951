/**
 * The listing of one folder, page by page through `s3.list`'s continuation token. Loaded pages
 * stay when a later page fails, so an error never empties what the user is looking at. A folder
 * opened afresh shows the kept copy of its first page at once, read from storage without waiting
 * for the background (kept-listing.ts), marked `cached`, until the fresh page replaces it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import type { ErrorInfo } from '../src/messaging/errors.ts';
import type { ListResult } from '../src/messaging/protocol.ts';
import { placeOf, takeFirstScreen } from './first-screen.ts';
import { keptPage } from './kept-listing.ts';

export interface Listing {
  /** `loading`: the first page is on its way; `more`: a further page is. */
  phase: 'loading' | 'ready' | 'more';
  pages: ListResult[];
  /** Present when another page can be loaded. */
  nextToken?: string;
  error?: ErrorInfo;
  /** The pages are the kept copy of the last listing, shown while the fresh one loads (or after it failed). */
  cached?: boolean;
}

export function useListing(client: Client, prefix: string): { listing: Listing; loadMore: () => void; reload: () => void } {
  // The folder the popup opens at was started before the first render (first-screen.ts): its
  // kept page is in the first render, and its fresh page already asked for.
  const [started] = useState(() => takeFirstScreen(placeOf(prefix)));
  const early = useRef(started.fresh);
  const [listing, setListing] = useState<Listing>(() =>
    started.kept ? { phase: 'loading', pages: [started.kept], cached: true } : { phase: 'loading', pages: [] },
  );
  const [generation, setGeneration] = useState(0);
  // Replies for an older folder or reload are dropped: the user has moved on.
  const current = useRef(0);

  const fetchPage = useCallback(
    async (ticket: number, continuationToken: string | undefined) => {
      const asked = continuationToken === undefined ? early.current : undefined;
      early.current = undefined;
      const reply = await (asked ?? client.call('s3.list', { ...placeOf(prefix), ...(continuationToken ? { continuationToken } : {}) }));
      if (ticket !== current.current) return;
      setListing((before) => {
        if (!reply.ok) return { ...before, phase: 'ready', error: reply.error };
        const pages = continuationToken ? [...before.pages, reply.value] : [reply.value];
        return { phase: 'ready', pages, ...(reply.value.continuationToken ? { nextToken: reply.value.continuationToken } : {}) };
      });
    },
    [client, prefix],
  );

  // The kept copy goes on screen only while nothing fresher is: the fresh page always wins.
  const showKept = useCallback(
    async (ticket: number) => {
      const page = await keptPage(placeOf(prefix));
      if (ticket !== current.current || page === undefined) return;
      setListing((before) => (before.phase === 'loading' && before.pages.length === 0 ? { phase: 'loading', pages: [page], cached: true } : before));
    },
    [prefix],
  );

  // A reload keeps showing the rows it replaces; another folder starts empty (or with its kept copy).
  const shownPrefix = useRef(prefix);
  useEffect(() => {
    const ticket = ++current.current;
    const samePlace = shownPrefix.current === prefix;
    shownPrefix.current = prefix;
    setListing((before) => ({ phase: 'loading', pages: samePlace ? before.pages : [], ...(samePlace && before.cached ? { cached: true } : {}) }));
    void fetchPage(ticket, undefined);
    if (!samePlace || latest.current.pages.length === 0) void showKept(ticket);
  }, [fetchPage, showKept, generation]);

  const latest = useRef(listing);
  latest.current = listing;
  const loadMore = useCallback(() => {
    const before = latest.current;
    if (before.phase !== 'ready' || before.nextToken === undefined) return;
    latest.current = { phase: 'more', pages: before.pages, nextToken: before.nextToken };
    setListing(latest.current);
    void fetchPage(current.current, before.nextToken);
  }, [fetchPage]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { listing, loadMore, reload };
}
