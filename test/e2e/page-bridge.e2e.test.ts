/**
 * The page bridge (docs/page-bridge.md) in real browsers against the devstack: a listed origin
 * asks the user first (the test clicks Allow or Deny in the consent window), then may list and put
 * inside its prefix and nothing outside it; unlisted pages hear nothing at all; a forged origin in
 * a message changes nothing, because the background goes by the origin the browser reports.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bridgeCall } from './harness/bridge-page.ts';
import { call, newUser, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { startWebServer, type WebServer } from './harness/web-server.ts';

const stack = inject('devstack');
const APP = 'private/${identityId}/app/';
/** How long a page waits before calling "no answer" silence: far longer than any answer takes. */
const SILENCE_MS = 4_000;

describe.each(BROWSERS)('the page bridge in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let listed: WebServer;
  let unlisted: WebServer;

  beforeAll(async () => {
    listed = await startWebServer();
    unlisted = await startWebServer();
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack, { contentScopes: [{ origin: listed.origin, prefix: APP, allow: ['list', 'put', 'get'] }] });
    await signInThroughPopup(session, popup, stack, newUser(`bridge-${kind}`));
    await popup.waitForText('[data-testid="auth-state"]', 'Signed in as', 30_000);
  });
  afterAll(async () => {
    await session?.close();
    await listed?.close();
    await unlisted?.close();
  });

  async function answerConsent(button: 'consent-allow' | 'consent-deny'): Promise<void> {
    const prompt = await session.waitForPage((url) => url.includes('/consent/index.html'));
    expect(await prompt.waitForText('[data-testid="consent-origin"]', listed.origin)).toContain(listed.origin);
    await prompt.click(`[data-testid="${button}"]`);
  }

  it('asks the user on the first request: Deny refuses and is remembered; after a revoke, Allow lets it through', async () => {
    const page = await session.openWebPage(`${listed.origin}/app.html`);
    const denied = bridgeCall(page, { op: 'list' });
    await answerConsent('consent-deny');
    expect(await denied).toMatchObject({ reply: { ok: false, error: { code: 'consent_denied' } } });
    // Remembered: no second prompt, the same answer.
    expect(await bridgeCall(page, { op: 'list' })).toMatchObject({ reply: { ok: false, error: { code: 'consent_denied' } } });
    expect(await call(popup, 'bridge.consents', {})).toMatchObject({ ok: true, value: [{ origin: listed.origin, decision: 'deny' }] });

    expect(await call(popup, 'bridge.revoke', { origin: listed.origin })).toEqual({ ok: true, value: [] });
    const allowed = bridgeCall(page, { op: 'list' });
    await answerConsent('consent-allow');
    expect(await allowed).toMatchObject({ reply: { ok: true, value: { prefix: expect.stringMatching(/^private\/[^/]+\/app\/$/), objects: [] } } });
    await page.close();
  });

  it('lets the consented origin put and list inside its prefix, and nothing outside it', async () => {
    const page = await session.openWebPage(`${listed.origin}/app.html`);
    expect(await bridgeCall(page, { op: 'put', key: `${APP}hello.txt`, bodyText: 'hello from a web app' })).toMatchObject({ reply: { ok: true, value: { size: 20 } } });
    expect(await bridgeCall(page, { op: 'list' })).toMatchObject({ reply: { ok: true, value: { objects: [{ key: expect.stringMatching(/\/app\/hello\.txt$/), size: 20 }] } } });
    expect(await bridgeCall(page, { op: 'presign', key: `${APP}hello.txt` })).toMatchObject({ reply: { ok: true, value: { url: expect.stringContaining('hello.txt') } } });
    for (const outside of [
      { op: 'put', key: 'private/${identityId}/elsewhere.txt', bodyText: 'x' },
      { op: 'list', prefix: 'private/${identityId}/' },
      { op: 'get', key: 'private/${identityId}/inbox/secret.txt' },
      { op: 'put', key: 'public/hello.txt', bodyText: 'x' },
    ]) {
      expect(await bridgeCall(page, outside), JSON.stringify(outside)).toMatchObject({ reply: { ok: false, error: { code: 'forbidden' } } });
    }
    // Forging the origin (or anything else) in the message is refused; it decides nothing.
    expect(await bridgeCall(page, { op: 'list', origin: 'https://trusted.example' })).toMatchObject({ reply: { ok: false, error: { code: 'bad_request' } } });
    await page.close();
    // The put really happened: the popup sees the file too.
    expect(await call(popup, 's3.list', { prefix: APP })).toMatchObject({ ok: true, value: { objects: [{ size: 20 }] } });
  });

  it('stays silent to unlisted pages, even one that forges the listed origin in its message', async () => {
    // Same host, other port: the bridge script is injected (match patterns have no port), the background says silent.
    const samehost = await session.openWebPage(`${unlisted.origin}/app.html`);
    expect(await bridgeCall(samehost, { op: 'list' }, SILENCE_MS)).toEqual({ silence: true });
    expect(await bridgeCall(samehost, { op: 'list', origin: listed.origin }, SILENCE_MS)).toEqual({ silence: true });
    expect(await bridgeCall(samehost, { op: 'nonsense' }, SILENCE_MS)).toEqual({ silence: true });
    await samehost.close();
    // Another host: no bridge script at all.
    const otherHost = await session.openWebPage(`${listed.origin.replace('127.0.0.1', 'localhost')}/app.html`);
    expect(await bridgeCall(otherHost, { op: 'list' }, SILENCE_MS)).toEqual({ silence: true });
    await otherHost.close();
  });
});
