/** Reads the stored settings file; anything malformed counts as "not configured", never a throw. */
import * as v from 'valibot';
import type { Storage } from '../browser.ts';
import { storageKeys } from '../storage/keys.ts';
import { SettingsSchema, type Settings } from './schema.ts';

export async function loadSettings(local: Storage.StorageArea): Promise<Settings | undefined> {
  const key = 'settings' satisfies keyof typeof storageKeys;
  const stored = (await local.get(key))[key];
  const parsed = v.safeParse(SettingsSchema, stored);
  return parsed.success ? parsed.output : undefined;
}
