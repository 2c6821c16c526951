/**
 * Settings as the background sees them: the stored file (the `settings` record of
 * src/storage/keys.ts, in the extension's IndexedDB), else the build's defaults. Only this
 * module writes it, so the copy read once per background instance stays current.
 */
import { DEVSTACK_SETTINGS } from '../src/settings/development-defaults.ts';
import type { Settings } from '../src/settings/schema.ts';
import type { SettingsAccess } from './handlers/settings.ts';
import { record, storageReady } from './storage/extension-storage.ts';

declare const __TOTE_DEVELOPMENT__: boolean;
// The build constant itself, not DEVELOPMENT_BUILD: esbuild folds only this, so release bundles
// carry no devstack endpoints (test/conventions/release-build.test.ts).
const defaults: Settings | undefined = __TOTE_DEVELOPMENT__ ? DEVSTACK_SETTINGS : undefined;
const stored = record('settings');
let cached: Promise<Settings | undefined> | undefined;

const readStored = () => (cached ??= storageReady.then(() => stored.get()));

export const currentSettings = async (): Promise<Settings | undefined> => (await readStored()) ?? defaults;

/** `saving`: before the file is replaced (what was kept for the old settings stops being shown); `onSaved`: after. */
export function settingsAccess(onSaved: (settings: Settings) => void, saving: () => Promise<void> = async () => undefined): SettingsAccess {
  let turn: Promise<unknown> = Promise.resolve();
  return {
    inTurn(change) {
      const next = turn.then(change);
      turn = next.catch(() => undefined);
      return next;
    },
    async view() {
      const settings = await readStored();
      if (settings) return { settings, defaults: false };
      return defaults ? { settings: defaults, defaults: true } : { defaults: false };
    },
    async save(settings) {
      await saving();
      cached = undefined;
      await stored.set(settings);
      cached = Promise.resolve(settings);
      onSaved(settings);
    },
  };
}
