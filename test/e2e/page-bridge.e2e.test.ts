/**
 * The page bridge (docs/page-bridge.md) in real browsers against the devstack: a listed origin
 * asks the user first, from a click in the page (the test clicks Allow or Deny in the consent
 * window; test/e2e/consent.e2e.test.ts covers what makes that consent hard to abuse), then may list and put
 * inside its prefix and nothing outside it; unlisted pages hear nothing at all; a forged origin in
 * a message changes nothing, because the background goes by the origin the browser reports.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findRole } from './harness/by-role.ts';
import { bridgeCall } from './harness/bridge-page.ts';
import { answerConsent, APP_PAGE, clickBridge } from './harness/consent.ts';
import { accountLine, call, newUser, readAllStorage, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { sendFromContentScript } from './harness/messages.ts';
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
    listed = await startWebServer({ '/app.html': APP_PAGE });
    unlisted = await startWebServer();
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack, { contentScopes: [{ origin: listed.origin, prefix: APP, allow: ['list', 'put', 'get'] }] });
    await signInThroughPopup(session, popup, stack, newUser(`bridge-${kind}`));
    await accountLine(popup, 'Signed in as', 30_000);
  });
  afterAll(async () => {
    await session?.close();
    await listed?.close();
    await unlisted?.close();
  });

  /** The user has allowed the listed origin (as the first test leaves it; asked now when run alone). */
  async function allowed(): Promise<void> {
    const consents = await call<Array<{ decision: string }>>(popup, 'bridge.consents', {});
    if (consents.ok && consents.value.some((consent) => consent.decision === 'allow')) return;
    await call(popup, 'bridge.revoke', { origin: listed.origin });
    const app = await session.openWebPage(`${listed.origin}/app.html`);
    const first = clickBridge(app, { op: 'list' });
    await answerConsent(session, listed.origin, 'Allow');
    expect(await first).toMatchObject({ reply: { ok: true } });
    await app.close();
  }

  it('asks the user on the first request: Deny refuses and is remembered; after a revoke, Allow lets it through', async () => {
    const page = await session.openWebPage(`${listed.origin}/app.html`);
    const denied = clickBridge(page, { op: 'list' });
    await answerConsent(session, listed.origin, 'Deny');
    expect(await denied).toMatchObject({ reply: { ok: false, error: { code: 'consent_denied' } } });
    // Remembered: no second prompt, the same answer.
    expect(await bridgeCall(page, { op: 'list' })).toMatchObject({ reply: { ok: false, error: { code: 'consent_denied' } } });
    expect(await call(popup, 'bridge.consents', {})).toMatchObject({ ok: true, value: [{ origin: listed.origin, decision: 'deny' }] });

    // The user takes the answer back in Tote's options.
    const options = await session.openExtensionPage('options/index.html');
    await findRole(options, 'listitem', `${listed.origin}: denied`, { contains: true });
    await options.find({ role: 'button', name: `Forget the answer for ${listed.origin}` }).click();
    await options.find({ text: 'No site has asked yet.' }).box();
    await options.close();
    const allowedNow = clickBridge(page, { op: 'list' });
    await answerConsent(session, listed.origin, 'Allow');
    expect(await allowedNow).toMatchObject({ reply: { ok: true, value: { prefix: expect.stringMatching(/^private\/[^/]+\/app\/$/), objects: [] } } });
    await page.close();
  });

  it('lets the consented origin put and list inside its prefix, and nothing outside it', async () => {
    const page = await session.openWebPage(`${listed.origin}/app.html`);
    await allowed();
    expect(await bridgeCall(page, { op: 'put', key: `${APP}hello.txt`, bodyText: 'hello from a web app' })).toMatchObject({
      reply: { ok: true, value: { size: 20 } },
    });
    expect(await bridgeCall(page, { op: 'list' })).toMatchObject({
      reply: { ok: true, value: { objects: [{ key: expect.stringMatching(/\/app\/hello\.txt$/), size: 20 }] } },
    });
    expect(await bridgeCall(page, { op: 'get', key: `${APP}hello.txt` })).toMatchObject({
      reply: { ok: true, value: { contentType: 'text/plain', bytesText: 'hello from a web app' } },
    });
    expect(await bridgeCall(page, { op: 'presign', key: `${APP}hello.txt` })).toMatchObject({
      reply: { ok: true, value: { url: expect.stringContaining('hello.txt') } },
    });
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

  it('withstands a hostile page: the notice stays closed, spoofs and floods change nothing, the background is out of reach, no reply carries a secret', async () => {
    const pageUrl = `${listed.origin}/hostile.html`;
    const page = await session.openWebPage(pageUrl);
    // The hostile page is on the listed origin, which the user allowed.
    await allowed();
    // Traps set before the notice exists: catch every shadow root made through the page's prototypes, and every bridge reply.
    await page.evaluate(() => {
      const scope = window as unknown as { captured: ShadowRoot[]; replies: unknown[] };
      scope.captured = [];
      scope.replies = [];
      const original = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = original.call(this, init);
        scope.captured.push(root);
        return root;
      };
      window.addEventListener('message', (event) => {
        if ((event.data as { reply?: unknown })?.reply === true) scope.replies.push(JSON.parse(JSON.stringify(event.data)));
      });
    }, undefined);

    const saved = await call<{ key?: string }>(popup, 'dev.menuClick', { pageUrl, info: { menuItemId: 'tote-save-page-html', pageUrl } });
    const key = saved.ok ? (saved.value.key ?? '') : '';
    expect(key).toMatch(/^private\/[^/]+\/inbox\/Tote test page\.html$/);
    expect(((await sendFromContentScript(page, { readNotice: true })) as { text: string }).text).toContain(key);
    expect(
      await page.evaluate((saved) => {
        const host = document.querySelector('tote-notice');
        return {
          shadowRoot: host?.shadowRoot ?? null,
          inner: host?.innerHTML ?? null,
          captured: (window as unknown as { captured: unknown[] }).captured.length,
          keyInPage: document.documentElement.innerHTML.includes(saved),
        };
      }, key),
    ).toEqual({ shadowRoot: null, inner: '', captured: 0, keyInPage: false });

    // Spoofed replies only reach the page that posted them; the bridge neither answers nor echoes them.
    await page.evaluate(() => {
      for (let n = 0; n < 20; n++)
        window.postMessage({ tote: 'tote-bridge/1', reply: true, id: 'spoof', ok: true, value: { url: 'https://evil.example/' } }, location.origin);
    }, undefined);

    // A flood: malformed messages, huge ones, and far more valid requests than may be in flight.
    const expectedReplies = await page.evaluate(() => {
      const post = (message: unknown) => window.postMessage(message, location.origin);
      const junk: unknown[] = [
        null,
        0,
        'tote',
        [],
        [1, 2],
        { tote: 'tote-bridge/1' },
        { tote: 'tote-bridge/1', id: 'x'.repeat(500), op: 'list' },
        { tote: 'tote-bridge/2', id: 'a', op: 'list' },
      ];
      for (let n = 0; n < 200; n++) for (const message of junk) post(message);
      let answered = 0;
      const invalid = [
        { op: 'delete', key: 'private/${identityId}/app/a' },
        { op: 'put', key: 'private/${identityId}/app/a', body: 42 },
        { op: 'get', key: 'private/${identityId}/app/\u0000' },
        { op: 'get', key: 'k'.repeat(1_000_000) },
        { op: 'put', key: 'private/${identityId}/app/huge', body: 'h'.repeat(17 * 1024 * 1024) },
        { op: 'list', prefix: { toString: 'private/' } },
      ];
      for (const [n, message] of invalid.entries()) post({ tote: 'tote-bridge/1', id: `bad-${n}`, ...message });
      answered += invalid.length;
      for (let n = 0; n < 60; n++) post({ tote: 'tote-bridge/1', id: `flood-${n}`, op: 'list' });
      answered += 60;
      return answered;
    }, undefined);
    let replies: Array<{ id: string; ok: boolean; error?: { code: string } }> = [];
    for (let tries = 0; tries < 300 && replies.filter((reply) => reply.id !== 'spoof').length < expectedReplies; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      replies = await page.evaluate(() => (window as unknown as { replies: Array<{ id: string; ok: boolean; error?: { code: string } }> }).replies, undefined);
    }
    const ofTote = replies.filter((reply) => reply.id !== 'spoof');
    expect(replies.filter((reply) => reply.id === 'spoof')).toHaveLength(20);
    expect(ofTote).toHaveLength(expectedReplies);
    expect(ofTote.filter((reply) => reply.id.startsWith('bad-')).map((reply) => reply.error?.code)).toEqual(Array(6).fill('bad_request'));
    const flood = ofTote.filter((reply) => reply.id.startsWith('flood-'));
    expect(flood.filter((reply) => reply.ok).length).toBeGreaterThan(0);
    expect(flood.filter((reply) => !reply.ok).every((reply) => reply.error?.code === 'busy')).toBe(true);

    // The page's own world cannot reach the background: no externally_connectable, no runtime.
    const direct = await page.evaluate(async (extensionId) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, message: unknown) => Promise<unknown> } }; browser?: unknown }).chrome
        ?.runtime;
      if ((globalThis as { browser?: unknown }).browser !== undefined) return 'a browser object';
      if (runtime?.sendMessage === undefined) return 'no runtime';
      try {
        return `answered: ${JSON.stringify(await runtime.sendMessage(extensionId, { tote: 'tote/1', name: 'ping', request: {} }))}`;
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    }, session.host);
    expect(direct).toMatch(/^(no runtime|refused: )/);

    // Nothing crashed: the background still answers, and so does the bridge.
    expect(await call(popup, 'ping', {})).toMatchObject({ ok: true, value: { pong: true } });
    expect(await bridgeCall(page, { op: 'list' })).toMatchObject({ reply: { ok: true } });

    // No reply carried a token or a credential (read from the session storage, where they live).
    const stored = await readAllStorage(popup);
    const secrets = new Set<string>();
    // Tokens and AWS keys, by field name (the identity id is not one: it is part of every key the app may list).
    const collect = (value: unknown, name = ''): void => {
      if (typeof value === 'string' && /token|secret|accesskey/i.test(name)) secrets.add(value);
      else if (typeof value === 'object' && value !== null) for (const [field, inner] of Object.entries(value)) collect(inner, field);
    };
    collect(stored.session);
    expect(secrets.size).toBeGreaterThanOrEqual(5);
    const everything = JSON.stringify(await page.evaluate(() => (window as unknown as { replies: unknown[] }).replies, undefined));
    expect([...secrets].filter((secret) => everything.includes(secret))).toEqual([]);
    await page.close();
  });
});
