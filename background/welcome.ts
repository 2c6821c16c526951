/**
 * On a fresh install with nothing configured, Tote opens its settings page, where a new user
 * imports the settings file or fills in the connection. Development builds start configured (the
 * devstack defaults, background/settings-access.ts), so they open nothing: `npm start` opens the
 * page itself once the extension has loaded (devstack/launch/).
 */
import type { Settings } from '../src/settings/schema.ts';

export interface WelcomeDeps {
  settings: () => Promise<Settings | undefined>;
  openOptionsPage: () => Promise<void>;
}

export function welcomeOnInstall(deps: WelcomeDeps) {
  return async (details: { reason: string }): Promise<void> => {
    // Updates, browser updates and shared-module installs keep what the user already has.
    if (details.reason !== 'install') return;
    if (await deps.settings()) return;
    await deps.openOptionsPage();
  };
}
