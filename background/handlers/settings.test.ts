import { describe, expect, it } from 'vitest';
import { DEVSTACK_SETTINGS } from '../../src/settings/development-defaults.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { HandlerContext } from '../router.ts';
import { setSettingsHandler, type SettingsAccess } from './settings.ts';

const page: HandlerContext = { sender: { kind: 'page', url: 'chrome-extension://x/options/index.html' } };

function memoryAccess() {
  const saved: Settings[] = [];
  const access: SettingsAccess = { view: async () => ({ settings: saved.at(-1) ?? DEVSTACK_SETTINGS, defaults: saved.length === 0 }), save: async (settings) => void saved.push(settings) };
  return { saved, access };
}

describe('saving settings', () => {
  it('refuses a file with an http content scope (which loading would drop) and saves nothing', async () => {
    const { saved, access } = memoryAccess();
    const settings = { ...DEVSTACK_SETTINGS, contentScopes: [{ origin: 'http://notes.example.com', prefix: 'public/', allow: ['put'] }] };
    await expect(setSettingsHandler(access, async () => false)({ settings } as never, page)).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/"contentScopes\.0\.origin" must start with https:\/\/.*Nothing was saved\./),
    });
    expect(saved).toEqual([]);
  });

  it('saves a file whose scopes are https or loopback', async () => {
    const { saved, access } = memoryAccess();
    const contentScopes = [{ origin: 'https://notes.example.com', prefix: 'public/', allow: ['put' as const] }, { origin: 'http://localhost:3000', prefix: 'public/', allow: ['list' as const] }];
    await setSettingsHandler(access, async () => false)({ settings: { ...DEVSTACK_SETTINGS, contentScopes } } as never, page);
    expect(saved).toEqual([{ ...DEVSTACK_SETTINGS, contentScopes }]);
  });
});
