/**
 * What the popup reads itself, without waiting for the background (src/storage/kept-listing.ts):
 * the viewer the background names, and that viewer's kept first page of a folder. Read anew each
 * time, never remembered: a sign-out seen by this popup must not leave the old viewer behind.
 * A storage that cannot be read means nothing kept: the fresh listing follows anyway.
 */
import { browser } from '../src/browser.ts';
import type { ListResult } from '../src/messaging/protocol.ts';
import { indexedDatabase } from '../src/storage/database.ts';
import { isKeptViewer, type KeptViewer, type ListingPlace, readKeptPage } from '../src/storage/kept-listing.ts';
import type { StorageKeyName } from '../src/storage/keys.ts';

/**
 * The record's name in the registry. Read here with its check rather than through records.ts,
 * which would bring every record's schema (the settings file's among them) into the popup's bundle.
 */
const NAMED: StorageKeyName = 'listingViewer';

export async function keptViewer(): Promise<KeptViewer | undefined> {
  try {
    const named = (await browser.storage.session.get(NAMED))[NAMED];
    return isKeptViewer(named) ? named : undefined;
  } catch {
    return undefined;
  }
}

/** `named`: the viewer just read for this same moment (the first screen), not read again. */
export async function keptPage(place: ListingPlace, named?: KeptViewer): Promise<ListResult | undefined> {
  try {
    const viewer = named ?? (await keptViewer());
    return viewer && (await readKeptPage(indexedDatabase('tote-listings')('pages'), viewer, place));
  } catch {
    return undefined;
  }
}
