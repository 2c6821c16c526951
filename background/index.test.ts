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
    await expect(client.get('status', {})).resolves.toEqual({ version: '0.0.0-test', browser: 'chrome', development: true, configured: false });
  });

  it('reports configured once valid settings are stored, and not for malformed ones', async () => {
    const client = createClient();
    await browser.storage.local.set({ settings: { version: 1, region: 'us-east-1', identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0', bucket: 'tote-dev', allowGuests: true } });
    await expect(client.get('status', {})).resolves.toMatchObject({ configured: true });
    await browser.storage.local.set({ settings: { version: 1, region: 'nowhere', bucket: 'x' } });
    await expect(client.get('status', {})).resolves.toMatchObject({ configured: false });
  });

  it('forbids status to a content script', async () => {
    sendAs({ id: EXTENSION_ID, url: 'https://example.com/', tab: { id: 1 } as never, frameId: 0 });
    await expect(createClient().call('status', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(createClient().call('ping', {})).resolves.toMatchObject({ ok: true });
  });
});
