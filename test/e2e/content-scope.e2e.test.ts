/**
 * Content scripts are untrusted: a compromised renderer can send whatever a content script can.
 * The development build's probe content script plays that attacker on a listed origin: it may not
 * touch S3 directly (s3.* and the rest are forbidden), while the same operations through the
 * consented page bridge work. Even sent straight to the background, `bridge.request` gets no more
 * than the page bridge gives: the origin's folder, the user's consent, the 16 MiB put cap.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bridgeCall } from './harness/bridge-page.ts';
import { answerConsent } from './harness/consent.ts';
import { accountLine, call, newUser, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { sendFromContentScript } from './harness/messages.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { startWebServer, type WebServer } from './harness/web-server.ts';

const stack = inject('devstack');
const INBOX = 'private/${identityId}/inbox/';

describe.each(BROWSERS)('content scripts and S3 in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let web: WebServer;

  beforeAll(async () => {
    web = await startWebServer();
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack, { contentScopes: [{ origin: web.origin, prefix: INBOX, allow: ['list', 'put', 'get'] }] });
    await signInThroughPopup(session, popup, stack, newUser(`scope-${kind}`));
    await accountLine(popup, 'Signed in as', 30_000);
  });
  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  it('refuses a content script on a listed origin every direct S3 request, and nothing is written', async () => {
    const page = await session.openWebPage(`${web.origin}/app.html`);
    for (const request of [
      { name: 's3.put', request: { key: `${INBOX}direct.txt`, bodyText: 'straight to the background' } },
      { name: 's3.list', request: { prefix: INBOX } },
      { name: 's3.get', request: { key: `${INBOX}direct.txt` } },
      { name: 's3.presign', request: { key: `${INBOX}direct.txt`, expiresInSeconds: 60 } },
      { name: 's3.delete', request: { keys: [`${INBOX}direct.txt`] } },
      { name: 'transfers.start', request: { key: `${INBOX}direct.txt`, bodyText: 'x' } },
      { name: 'ping', request: {} },
    ]) {
      const reply = await sendFromContentScript(page, request);
      expect(reply, request.name).toMatchObject({ ok: false, error: { code: 'forbidden', retryable: false } });
      expect((reply as { error: { message: string } }).error.message, request.name).toContain('page bridge');
    }
    await page.close();
    expect(await call(popup, 's3.list', { prefix: INBOX })).toMatchObject({ ok: true, value: { objects: [] } });
  });

  it('lets the same page put and list through the page bridge once the user allows it', async () => {
    const page = await session.openWebPage(`${web.origin}/app.html`);
    const first = bridgeCall(page, { op: 'put', key: `${INBOX}note.txt`, bodyText: 'saved from a page' });
    // The driver's evaluate counts as a user activation in the page, so the question opens.
    await answerConsent(session, web.origin, 'Allow');
    expect(await first).toMatchObject({ reply: { ok: true, value: { size: 17 } } });
    expect(await bridgeCall(page, { op: 'list' })).toMatchObject({
      reply: { ok: true, value: { objects: [{ key: expect.stringMatching(/\/inbox\/note\.txt$/), size: 17 }] } },
    });
    expect(await bridgeCall(page, { op: 'list', prefix: 'private/${identityId}/' })).toMatchObject({ reply: { ok: false, error: { code: 'forbidden' } } });
    await page.close();
    // The put really happened: the extension page sees the file too.
    expect(await call(popup, 's3.list', { prefix: INBOX })).toMatchObject({ ok: true, value: { objects: [{ size: 17 }] } });
  });

  it('gives a content script that sends bridge.request itself no more than the bridge does', async () => {
    const page = await session.openWebPage(`${web.origin}/app.html`);
    // It claims a user activation, as a compromised renderer can. Inside the folder, with the
    // user's consent (given above): served.
    expect(await sendFromContentScript(page, { name: 'bridge.request', request: { op: 'list', userActivation: true } })).toMatchObject({
      ok: true,
      value: { result: { objects: [{ size: 17 }] } },
    });
    // Outside the folder, another operation, past the put cap, a forged origin: refused.
    for (const [label, request, code, says] of [
      ['outside the folder', { op: 'put', key: 'private/${identityId}/elsewhere.txt', bodyText: 'x', userActivation: true }, 'forbidden', 'inbox/'],
      ['a list of the whole bucket', { op: 'list', prefix: 'private/', userActivation: true }, 'forbidden', 'inbox/'],
      ['a put over 16 MiB', { op: 'put', key: `${INBOX}huge.bin`, bodySize: 16 * 1024 * 1024 + 1, userActivation: true }, 'bad_request', '16 MiB'],
      ['a forged origin', { op: 'list', origin: 'https://trusted.example', userActivation: true }, 'bad_request', 'origin'],
    ] as const) {
      expect(await sendFromContentScript(page, { name: 'bridge.request', request }), label).toMatchObject({
        ok: false,
        error: { code, message: expect.stringContaining(says) },
      });
    }
    await page.close();
    // Another origin (not listed): the background stays silent, whoever sends.
    const other = await session.openWebPage(`${web.origin.replace('127.0.0.1', 'localhost')}/app.html`);
    expect(await sendFromContentScript(other, { name: 'bridge.request', request: { op: 'list', userActivation: true } })).toEqual({
      ok: true,
      value: { silent: true },
    });
    expect(await sendFromContentScript(other, { name: 's3.list', request: { prefix: INBOX } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await other.close();
    const listing = await call<{ objects: Array<{ key: string }> }>(popup, 's3.list', { prefix: INBOX });
    expect(listing.ok && listing.value.objects.map((object) => object.key.replace(/^.*\/inbox\//, ''))).toEqual(['note.txt']);
  });
});
