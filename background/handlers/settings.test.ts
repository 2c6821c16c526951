import { describe, expect, it } from 'vitest';
import { DEVSTACK_SETTINGS } from '../../src/settings/development-defaults.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { HandlerContext } from '../router.ts';
import { patchSettingsHandler, setSettingsHandler, type SettingsAccess } from './settings.ts';

const page: HandlerContext = { sender: { kind: 'page', url: 'chrome-extension://x/options/index.html' } };

function memoryAccess() {
  const saved: Settings[] = [];
  let turn: Promise<unknown> = Promise.resolve();
  const access: SettingsAccess = {
    view: async () => ({ settings: saved.at(-1) ?? DEVSTACK_SETTINGS, defaults: saved.length === 0 }),
    // Saving takes a moment, as IndexedDB does: changes that did not wait their turn would interleave.
    save: async (settings) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      saved.push(settings);
    },
    inTurn(change) {
      const next = turn.then(change);
      turn = next.catch(() => undefined);
      return next;
    },
  };
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
    const contentScopes = [
      { origin: 'https://notes.example.com', prefix: 'public/', allow: ['put' as const] },
      { origin: 'http://localhost:3000', prefix: 'public/', allow: ['list' as const] },
    ];
    await setSettingsHandler(access, async () => false)({ settings: { ...DEVSTACK_SETTINGS, contentScopes } } as never, page);
    expect(saved).toEqual([{ ...DEVSTACK_SETTINGS, contentScopes }]);
  });
});

describe('patching settings', () => {
  it('changes only the fields given, removes those given as null, and keeps the rest', async () => {
    const { saved, access } = memoryAccess();
    const base = { ...DEVSTACK_SETTINGS, saveFolder: 'private/${identityId}/clips/' };
    await setSettingsHandler(access, async () => false)({ settings: base } as never, page);
    await patchSettingsHandler(access, async () => false)({ patch: { bucket: 'other-bucket', saveFolder: null } } as never, page);
    const { saveFolder: _removed, ...rest } = base;
    expect(saved.at(-1)).toEqual({ ...rest, bucket: 'other-bucket' });
  });

  it("applies two pages' patches one after the other, so neither loses the other's field", async () => {
    const { saved, access } = memoryAccess();
    const patch = patchSettingsHandler(access, async () => false);
    await Promise.all([
      patch({ patch: { saveFolder: 'private/${identityId}/a/' } } as never, page),
      patch({ patch: { bucket: 'second-bucket' } } as never, page),
    ]);
    expect(saved.at(-1)).toMatchObject({ saveFolder: 'private/${identityId}/a/', bucket: 'second-bucket' });
  });

  it('refuses a patch that makes the settings invalid, and saves nothing', async () => {
    const { saved, access } = memoryAccess();
    await expect(patchSettingsHandler(access, async () => false)({ patch: { bucket: 'Bad_Bucket' } } as never, page)).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/bucket.*Nothing was saved/),
    });
    expect(saved).toEqual([]);
  });

  it('says when the patch signed the user out first', async () => {
    const { access } = memoryAccess();
    await expect(patchSettingsHandler(access, async () => true)({ patch: { cognitoEndpoint: 'https://other.example' } } as never, page)).resolves.toMatchObject(
      { signedOut: true },
    );
  });
});
