/**
 * The first page of the folders last listed, kept in the extension's IndexedDB (`tote-listings`
 * in src/storage/keys.ts, wiped on sign-out) so a popup opened on a stopped background shows the
 * folder at once, marked as refreshing, while the fresh page loads (docs/security-listing-cache.md).
 * Each page is filed under who listed it (pool, user, identity id) and where (region, endpoint,
 * bucket): another identity or bucket never finds it.
 */
import type { ListResult } from '../../src/messaging/protocol.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { StoredCredentials } from '../../src/storage/identity-records.ts';
import type { CredentialBroker } from '../identity/credential-broker.ts';
import type { Store } from '../storage/database.ts';

/** Folders kept; past this, the older half goes (a page of 1,000 objects is about 100 KB). */
const KEEP = 40;

/** Who is looking, from storage alone (never waiting on Cognito); undefined when nobody has credentials for the settings. */
export type Viewer = () => Promise<{ viewer: string; identityId: string } | undefined>;

/** Who is looking at which bucket: the part of every cache key that names the viewer. */
export function viewerOf(settings: Settings, credentials: Pick<StoredCredentials, 'identityPoolId' | 'user' | 'identityId'>): string {
  return JSON.stringify([credentials.identityPoolId, credentials.user, credentials.identityId, settings.region, settings.s3?.endpoint ?? '', settings.bucket]);
}

/** The viewer of the current settings and the credentials stored for them. */
export function currentViewer(loadSettings: () => Promise<Settings | undefined>, broker: Pick<CredentialBroker, 'stored'>): Viewer {
  return async () => {
    const [settings, credentials] = await Promise.all([loadSettings(), broker.stored()]);
    return settings && credentials ? { viewer: viewerOf(settings, credentials), identityId: credentials.identityId } : undefined;
  };
}

/** How a first page was asked for: the resolved prefix and the listing's shape. */
export interface ListingPlace {
  prefix: string;
  delimiter?: string;
  pageSize?: number;
}

interface CachedPage {
  key: string;
  savedAt: number;
  page: ListResult;
}

export interface ListingCache {
  /** Who is looking now, and their identity id (to resolve a prefix template). */
  viewer: Viewer;
  read(viewer: string, place: ListingPlace): Promise<ListResult | undefined>;
  write(viewer: string, place: ListingPlace, page: ListResult): Promise<void>;
}

const keyOf = (viewer: string, place: ListingPlace) => JSON.stringify([viewer, place.prefix, place.delimiter ?? '', place.pageSize ?? 1000]);

export function listingCache(store: Store, viewer: Viewer, now: () => number = Date.now): ListingCache {
  return {
    viewer,
    async read(who, place) {
      const cached = (await store.get(keyOf(who, place))) as CachedPage | undefined;
      return cached?.page;
    },
    async write(who, place, page) {
      await store.put({ key: keyOf(who, place), savedAt: now(), page } satisfies CachedPage);
      if ((await store.keys()).length <= KEEP) return;
      const pages = ((await store.getAll()) as CachedPage[]).sort((a, b) => b.savedAt - a.savedAt);
      for (const old of pages.slice(KEEP / 2)) await store.delete(old.key);
    },
  };
}
