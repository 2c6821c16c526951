/** Settings as the background sees them: stored ones, else the build's defaults. */
import { browser } from '../src/browser.ts';
import { DEVELOPMENT_BUILD } from '../src/build-info.ts';
import { DEVSTACK_SETTINGS } from '../src/settings/development-defaults.ts';
import { loadSettings, saveSettings } from '../src/settings/load.ts';
import type { Settings } from '../src/settings/schema.ts';
import type { SettingsAccess } from './handlers/settings.ts';

const defaults: Settings | undefined = DEVELOPMENT_BUILD ? DEVSTACK_SETTINGS : undefined;

export const currentSettings = () => loadSettings(browser.storage.local, defaults);

export function settingsAccess(onSaved: () => void): SettingsAccess {
  return {
    async view() {
      const stored = await loadSettings(browser.storage.local);
      if (stored) return { settings: stored, defaults: false };
      return defaults ? { settings: defaults, defaults: true } : { defaults: false };
    },
    async save(settings) {
      await saveSettings(browser.storage.local, settings);
      onSaved();
    },
  };
}
