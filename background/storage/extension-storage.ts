/**
 * The background's storage: the registry's records and databases on the browser's real areas.
 * The one module that names `storage.session` and `storage.local` (test/conventions/storage-registry.test.ts).
 */
import { browser } from '../../src/browser.ts';
import { indexedDatabase } from '../../src/storage/database.ts';
import { moveLegacyLocal } from './legacy-local.ts';
import { recordAccess, type StorageBackends } from '../../src/storage/records.ts';
import { wipeOnSignOut } from './wipe.ts';

const backends: StorageBackends = { session: browser.storage.session, database: indexedDatabase };

export const record = recordAccess(backends);
export const database = indexedDatabase;
export const wipeForSignOut = () => wipeOnSignOut(record, backends);

/**
 * Done once per background start, before anything reads a record: `storage.session` is made
 * trusted-contexts-only (Chrome's default, stated anyway; Firefox never exposes it to content
 * scripts and may not have the call), and what older Totes kept in `storage.local` moves here.
 */
export const storageReady: Promise<void> = (async () => {
  const session = browser.storage.session as { setAccessLevel?(options: { accessLevel: string }): Promise<void> };
  await session
    .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    .catch((error: unknown) => console.warn('Tote: storage.session access level not set', error));
  await moveLegacyLocal(browser.storage.local, record);
})().catch((error: unknown) => console.error('Tote: could not prepare storage', error));
