/**
 * Older Totes kept the settings and the sign-in prompt flag in `storage.local`, which content
 * scripts can write. Moved once into the registry's database records: validated and migrated
 * like an import, then removed from `storage.local`. A marker makes it once for good: whatever
 * a content script writes to `storage.local` afterwards is never read.
 */
import type { Storage } from '../../src/browser.ts';
import { migrateSettings } from '../../src/settings/migrate.ts';
import type { RecordAccess } from '../../src/storage/records.ts';

const LEGACY_KEYS = ['settings', 'promptLogin'];

export async function moveLegacyLocal(local: Pick<Storage.StorageArea, 'get' | 'remove'>, record: RecordAccess): Promise<void> {
  const marker = record('legacyLocalMigrated');
  if ((await marker.get()) === true) return;
  const legacy = await local.get(LEGACY_KEYS);
  const settings = record('settings');
  if (legacy.settings !== undefined && (await settings.get()) === undefined) {
    const migrated = migrateSettings(legacy.settings);
    if (migrated.ok) await settings.set(migrated.settings);
    else console.warn(`Tote: settings kept by an older version were not valid and were not moved: ${migrated.problem}`);
  }
  if (legacy.promptLogin === true) await record('promptLogin').set(true);
  await marker.set(true);
  await local.remove(LEGACY_KEYS);
}
