import { describe, expect, it, vi } from 'vitest';
import { DEVSTACK_SETTINGS } from '../src/settings/development-defaults.ts';
import { welcomeOnInstall } from './welcome.ts';

function setup(settings: typeof DEVSTACK_SETTINGS | undefined) {
  const openOptionsPage = vi.fn(async () => undefined);
  return { openOptionsPage, onInstalled: welcomeOnInstall({ settings: async () => settings, openOptionsPage }) };
}

describe('the welcome page on install', () => {
  it('opens the settings page on a fresh install with nothing configured', async () => {
    const { openOptionsPage, onInstalled } = setup(undefined);
    await onInstalled({ reason: 'install' });
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it("opens nothing when settings exist (saved, or a development build's defaults)", async () => {
    const { openOptionsPage, onInstalled } = setup(DEVSTACK_SETTINGS);
    await onInstalled({ reason: 'install' });
    expect(openOptionsPage).not.toHaveBeenCalled();
  });

  it('opens nothing on an update or a browser update, even unconfigured', async () => {
    const { openOptionsPage, onInstalled } = setup(undefined);
    await onInstalled({ reason: 'update' });
    await onInstalled({ reason: 'browser_update' });
    expect(openOptionsPage).not.toHaveBeenCalled();
  });
});
