/**
 * Reads the stored settings file. Anything malformed counts as "not configured" and is left in
 * storage untouched (the options page shows it to fix); it never throws.
 */
import type { Storage } from '../browser.ts';
import { storageKeys } from '../storage/keys.ts';
import { migrateSettings } from './migrate.ts';
import type { Settings } from './schema.ts';

const KEY = 'settings' satisfies keyof typeof storageKeys;

export async function loadSettings(local: Storage.StorageArea, fallback?: Settings): Promise<Settings | undefined> {
  const stored = (await local.get(KEY))[KEY];
  if (stored === undefined) return fallback;
  const migrated = migrateSettings(stored);
  return migrated.ok ? migrated.settings : undefined;
}

export async function saveSettings(local: Storage.StorageArea, settings: Settings): Promise<void> {
  await local.set({ [KEY]: settings });
}
