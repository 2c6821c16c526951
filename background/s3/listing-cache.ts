/**
 * Fills the listing cache (src/storage/kept-listing.ts): the first page of the folders last
 * listed, so a popup opened on a stopped background shows the folder at once, marked as
 * refreshing, while the fresh page loads (docs/security.md, The listing cache). Each page is
 * filed under who listed it (pool, user, identity id) and where (region, endpoint, bucket), and
 * the background names that viewer as the one whose pages the popup may show — until the
 * signed-in user or the settings change (`forget`: everything kept goes), or sign-out wipes it all.
 */
import type { ListResult } from '../../src/messaging/protocol.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { Store } from '../../src/storage/database.ts';
import type { StoredRecord } from '../../src/storage/records.ts';
import type { StoredCredentials } from '../../src/storage/identity-records.ts';
import { isKeptPage, type KeptPage, keptPageKey, type KeptViewer, type ListingPlace } from '../../src/storage/kept-listing.ts';
import { GUEST_USER } from '../../src/storage/databases.ts';
import type { CredentialBroker } from '../identity/credential-broker.ts';

/** Folders kept; past this, the older half goes (a page of 1,000 objects is about 100 KB). */
const KEEP = 40;

/** Who is looking, from storage alone (never waiting on Cognito); undefined when nobody has credentials for the settings. */
export type Viewer = () => Promise<KeptViewer | undefined>;

/** Who is looking at which bucket: the part of every cache key that names the viewer. */
export function viewerOf(settings: Settings, credentials: Pick<StoredCredentials, 'identityPoolId' | 'user' | 'identityId'>): string {
  return JSON.stringify([credentials.identityPoolId, credentials.user, credentials.identityId, settings.region, settings.s3?.endpoint ?? '', settings.bucket]);
}

/** The viewer of the current settings and the credentials stored for them. */
export function currentViewer(loadSettings: () => Promise<Settings | undefined>, broker: Pick<CredentialBroker, 'stored'>): Viewer {
  return async () => {
    const [settings, credentials] = await Promise.all([loadSettings(), broker.stored()]);
    if (settings === undefined || credentials === undefined) return undefined;
    return { viewer: viewerOf(settings, credentials), identityId: credentials.identityId, signedIn: credentials.user !== GUEST_USER };
  };
}

export interface ListingCache {
  /** Who is looking now, and their identity id. */
  viewer: Viewer;
  /** Files the first page of `place` under `viewer` and names `viewer` as the one the popup may show. */
  write(viewer: KeptViewer, place: ListingPlace, page: ListResult): Promise<void>;
  /**
   * Names no viewer and drops every kept page, before the user or the settings change: nothing
   * of the previous user, identity or bucket is shown or kept (an identity merged into another
   * at sign-in leaves no trace here either). The next listing starts afresh.
   */
  forget(): Promise<void>;
}

/** `pages`: `tote-listings/pages`; `named`: the `listingViewer` record. */
export function listingCache(pages: Store, named: StoredRecord<KeptViewer>, viewer: Viewer, now: () => number = Date.now): ListingCache {
  return {
    viewer,
    async write(who, place, page) {
      const kept: KeptPage = { key: keptPageKey(who.viewer, place), savedAt: now(), page };
      // Checked as the popup will read it (src/storage/kept-listing.ts); the viewer record checks itself.
      if (!isKeptPage(kept)) throw new Error('the listing to keep does not hold together');
      await pages.put(kept);
      await named.set(who);
      if ((await pages.keys()).length <= KEEP) return;
      const byAge = ((await pages.getAll()) as KeptPage[]).sort((a, b) => b.savedAt - a.savedAt);
      for (const old of byAge.slice(KEEP / 2)) await pages.delete(old.key);
    },
    async forget() {
      await named.remove();
      await pages.clear();
    },
  };
}
