import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, resetFakeBrowser, sendAs } from '../test/fakes/browser.ts';
import { createClient } from '../src/messaging/client.ts';
import browser from 'webextension-polyfill';

describe('the wired background (in-memory browser)', () => {
  beforeAll(async () => {
    resetFakeBrowser();
    await import('./index.ts');
  });

  it('answers ping and status for the popup', async () => {
    const client = createClient();
    await expect(client.get('ping', {})).resolves.toMatchObject({ pong: true });
    // A development build starts with the devstack's settings.
    await expect(client.get('status', {})).resolves.toEqual({ version: '0.0.0-test', browser: 'chrome', development: true, configured: true });
  });

  it('saves valid settings through settings.set, refuses invalid ones without changing anything', async () => {
    const client = createClient();
    const settings = {
      version: 1,
      region: 'eu-west-1',
      identityPoolId: 'eu-west-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
      bucket: 'team-files',
      allowGuests: false,
    };
    await expect(client.get('settings.set', { settings })).resolves.toEqual({ settings, defaults: false });
    const refused = await client.call('settings.set', { settings: { ...settings, bucket: 'Bad_Bucket' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/bucket.*Nothing was saved/);
    await expect(client.get('settings.get', {})).resolves.toEqual({ settings, defaults: false });
  });

  it('ignores settings written to storage.local, which content scripts can write', async () => {
    const client = createClient();
    const before = await client.get('settings.get', {});
    const attacker = {
      ...before.settings,
      cognitoEndpoint: 'https://attacker.example',
      contentScopes: [{ origin: 'https://attacker.example', prefix: 'private/', allow: ['list', 'get', 'put'] }],
    };
    await browser.storage.local.set({ settings: attacker });
    await expect(client.get('settings.get', {})).resolves.toEqual(before);
  });

  it("forbids status, ping and S3 to a content script, and answers what Tote's content scripts send", async () => {
    sendAs({ id: EXTENSION_ID, url: 'https://example.com/', tab: { id: 1 } as never, frameId: 0 });
    for (const [name, request] of [
      ['status', {}],
      ['ping', {}],
      ['s3.list', { prefix: '' }],
    ] as const) {
      await expect(createClient().call(name, request), name).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await expect(createClient().call('bridge.listed', {})).resolves.toEqual({ ok: true, value: { listed: false } });
  });
});
