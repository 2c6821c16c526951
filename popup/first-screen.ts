/**
 * The folder a popup opens at, started before the first render (start-popup.tsx): its fresh
 * first page is asked for at once, and its kept page read, so the first render already shows
 * the kept rows and the fresh ones come as soon as the background can answer — neither waits
 * for the app to render first (docs/benchmarks.md). The place is the one Locations and
 * FileBrowser choose before settings arrive; a listing of any other place finds nothing here.
 */
import type { Client } from '../src/messaging/client.ts';
import type { ListResult } from '../src/messaging/protocol.ts';
import type { Reply } from '../src/messaging/reply.ts';
import { locationsFor } from '../src/settings/locations.ts';
import type { KeptViewer, ListingPlace } from '../src/storage/kept-listing.ts';
import { keptPage } from './kept-listing.ts';
import { startFolder } from './start-folder.ts';
import { firstLocation } from './use-location.ts';

/** Objects per request: S3's maximum, so 10,000 objects are ten round trips. */
export const PAGE_SIZE = 1000;
/** How the popup asks for a folder's first page, and so how its kept copy is filed. */
export const placeOf = (prefix: string) => ({ prefix, delimiter: '/', pageSize: PAGE_SIZE }) as const satisfies ListingPlace;

interface FirstScreen {
  place: string;
  kept?: ListResult;
  fresh?: Promise<Reply<ListResult>>;
}
let first: FirstScreen | undefined;

export async function prepareFirstScreen(client: Client, viewer: KeptViewer): Promise<void> {
  const root = firstLocation(locationsFor(undefined, viewer.signedIn)).prefix;
  const place = placeOf(root + startFolder(location.hash, root));
  const fresh = client.call('s3.list', place);
  const kept = await keptPage(place, viewer);
  first = { place: JSON.stringify(place), fresh, ...(kept ? { kept } : {}) };
}

/** What was started for `place` (once: a later listing of it asks afresh). */
export function takeFirstScreen(place: ListingPlace): Omit<FirstScreen, 'place'> {
  const found = first?.place === JSON.stringify(place) ? first : undefined;
  first = undefined;
  return found ?? {};
}
