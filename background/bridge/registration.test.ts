import { beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { resetFakeBrowser } from '../../test/fakes/browser.ts';
import { bridgeMatches, syncBridgeScripts } from './registration.ts';

const scope = (origin: string) => ({ origin, prefix: 'p/', allow: ['list' as const] });
const registered = () => (browser as unknown as { scripting: { registered: Array<{ id: string; matches: string[] }> } }).scripting.registered;

describe('bridge registration', () => {
  beforeEach(() => {
    resetFakeBrowser();
    registered().length = 0;
  });

  it('matches each listed host once, without its port (match patterns have none)', () => {
    expect(bridgeMatches([scope('http://127.0.0.1:8080'), scope('http://127.0.0.1:9090'), scope('https://app.example')])).toEqual([
      'http://127.0.0.1/*',
      'https://app.example/*',
    ]);
  });

  it('registers the bridge only where settings list origins, and follows changes', async () => {
    await syncBridgeScripts([]);
    expect(registered()).toEqual([]);
    await syncBridgeScripts([scope('https://app.example')]);
    expect(registered()).toMatchObject([{ id: 'tote-bridge', matches: ['https://app.example/*'], js: ['content/bridge.js'] }]);
    await syncBridgeScripts([scope('https://app.example')]);
    expect(registered()).toHaveLength(1);
    await syncBridgeScripts([scope('https://other.example')]);
    expect(registered()).toMatchObject([{ matches: ['https://other.example/*'] }]);
    await syncBridgeScripts([]);
    expect(registered()).toEqual([]);
  });
});
