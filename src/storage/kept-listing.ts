/**
 * The listing cache as stored: the first page of the folders last listed (`tote-listings` in
 * databases.ts, IndexedDB, wiped on sign-out), each filed under who listed it and how the page asked
 * for it. The background fills it (background/s3/listing-cache.ts); the popup reads it itself
 * (popup/kept-listing.ts), so a popup opened on a stopped background shows the folder without
 * waiting for the background to start (docs/security.md, The listing cache).
 *
 * The popup cannot tell who is signed in (that lives with the credentials, in the background), so
 * the background names the one viewer whose pages may be shown (`listingViewer` in keys.ts, in
 * `storage.session`): named when it keeps a page, removed before the signed-in user or the
 * settings change. No viewer named, no kept page shown. The record also says what the popup needs
 * to lay out that viewer's files before the background answers `auth.status`.
 */
import type { ListResult } from '../messaging/responses.ts';
import type { Store } from './database.ts';

/** How a page asked for a first page: the prefix as asked (a template such as `private/${identityId}/`) and the listing's shape. */
export interface ListingPlace {
  prefix: string;
  delimiter?: string;
  pageSize?: number;
}

export interface KeptViewer {
  /** Pool, user, identity id, region, endpoint and bucket: the part of each page's key that says whose it is. */
  viewer: string;
  identityId: string;
  signedIn: boolean;
}

export interface KeptPage {
  key: string;
  savedAt: number;
  page: ListResult;
}

export const keptPageKey = (viewer: string, place: ListingPlace): string =>
  JSON.stringify([viewer, place.prefix, place.delimiter ?? '', place.pageSize ?? 1000]);

// Checks written out rather than valibot schemas: these run in the popup, whose first screen has
// a 60 KiB budget (test/conventions/popup-bundle-size.test.ts) that valibot alone would break.
// The registry wraps isKeptViewer as its schema (keys.ts), so there is one definition.
type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isOptionalText = (value: unknown) => value === undefined || isText(value);

export const isKeptViewer = (value: unknown): value is KeptViewer =>
  isFields(value) && isText(value.viewer) && isText(value.identityId) && typeof value.signedIn === 'boolean';

const isListedObject = (value: unknown) =>
  isFields(value) && isText(value.key) && isCount(value.size) && isCount(value.lastModified) && isOptionalText(value.etag);

const isListResult = (value: unknown): value is ListResult =>
  isFields(value) &&
  isText(value.prefix) &&
  Array.isArray(value.folders) &&
  value.folders.every(isText) &&
  Array.isArray(value.objects) &&
  value.objects.every(isListedObject) &&
  isOptionalText(value.continuationToken);

export const isKeptPage = (value: unknown): value is KeptPage => isFields(value) && isText(value.key) && isCount(value.savedAt) && isListResult(value.page);

/** The kept first page of `place` for `viewer`; undefined when none is kept or what is stored does not hold together. */
export async function readKeptPage(pages: Store, viewer: KeptViewer, place: ListingPlace): Promise<ListResult | undefined> {
  const kept = await pages.get(keptPageKey(viewer.viewer, place));
  return isKeptPage(kept) ? kept.page : undefined;
}
