/**
 * The messaging core in real browsers: popup and content script round trips, sender policy,
 * malformed input, and a background that is stopped and woken by the next message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch } from './harness/launch.ts';
import { envelope, sendFromContentScript, sendFromExtensionPage } from './harness/messages.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { startWebServer, type WebServer } from './harness/web-server.ts';
import { accountLine } from './harness/identity.ts';

describe.each(BROWSERS)('messaging in %s', (kind) => {
  let session: ExtensionSession;
  let web: WebServer;
  let popup: TestPage;

  beforeAll(async () => {
    web = await startWebServer();
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
  });

  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  it('round-trips ping from the popup and renders status', async () => {
    const reply = await sendFromExtensionPage(popup, envelope('ping', {}));
    expect(reply).toMatchObject({ ok: true, value: { pong: true, instance: expect.any(String) } });
    // A development build starts configured for the devstack, as a guest.
    expect(await accountLine(popup, 'Guest')).toBe('Guest');
    const status = await sendFromExtensionPage(popup, envelope('status', {}));
    expect(status).toEqual({ ok: true, value: { version: '0.1.0', browser: kind === 'chromium' ? 'chrome' : 'firefox', development: true, configured: true } });
  });

  it('shows status on the options page', async () => {
    const options = await session.openExtensionPage('options/index.html');
    const text = await options.find({ role: 'region', name: 'About' }).evaluate((about) => about.innerText);
    expect(text).toContain(kind === 'chromium' ? 'Chrome' : 'Firefox');
    expect(text).toContain('Configured');
    await options.close();
  });

  it("answers a content script what Tote's content scripts send, and forbids it everything else", async () => {
    const page = await session.openWebPage(`${web.origin}/page.html`);
    // The page bridge script's first question: this origin is not listed.
    expect(await sendFromContentScript(page, { name: 'bridge.listed', request: {} })).toEqual({ ok: true, value: { listed: false } });
    for (const name of ['ping', 'status']) {
      const forbidden = await sendFromContentScript(page, { name, request: {} });
      expect(forbidden, name).toMatchObject({ ok: false, error: { code: 'forbidden', retryable: false } });
      expect((forbidden as { error: { message: string } }).error.message).toContain(web.origin);
    }
    await page.close();
  });

  it.each([
    ['an unknown name', envelope('delete-everything', {}), 'unknown_message'],
    ['a wrong type', envelope('ping', 'pong'), 'bad_request'],
    ['extra keys', envelope('ping', { admin: true }), 'bad_request'],
    ['a non-object', 'ping', 'bad_request'],
    ['a number', 42, 'bad_request'],
    ['a huge string', envelope('ping', { padding: 'x'.repeat(8 * 1024 * 1024) }), 'bad_request'],
    ['a huge name', envelope('p'.repeat(100_000), {}), 'bad_request'],
  ])('refuses %s from the popup and keeps serving', async (_label, message, code) => {
    expect(await sendFromExtensionPage(popup, message)).toMatchObject({ ok: false, error: { code } });
    expect(await sendFromExtensionPage(popup, envelope('ping', {}))).toMatchObject({ ok: true });
  });

  it('refuses malformed messages from a content script', async () => {
    const page = await session.openWebPage(`${web.origin}/malformed.html`);
    expect(await sendFromContentScript(page, { raw: { tote: 'tote/1', name: 'bridge.listed', request: [] } })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await sendFromContentScript(page, { raw: null })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    // The sender policy comes before the payload: a forbidden message is forbidden, however malformed.
    expect(await sendFromContentScript(page, { raw: { tote: 'tote/1', name: 'settings.set', request: [] } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await sendFromContentScript(page, { name: 'bridge.listed', request: {} })).toMatchObject({ ok: true });
    await page.close();
  });

  it('serves the next message from a fresh background after a forced stop', async () => {
    const before = (await sendFromExtensionPage(popup, envelope('ping', {}))) as { value: { instance: string } };
    await session.stopBackground();
    const after = (await sendFromExtensionPage(popup, envelope('ping', {}))) as { ok: boolean; value: { instance: string } };
    expect(after.ok).toBe(true);
    expect(after.value.instance).not.toBe(before.value.instance);
  });
});
