/**
 * Content scripts are untrusted: a page's origin may do exactly what its scope in settings allows
 * (here: list and put inside `private/${identityId}/inbox/`), and nothing on any other origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { call, newUser, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { sendFromContentScript } from './harness/messages.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { startWebServer, type WebServer } from './harness/web-server.ts';

const stack = inject('devstack');
const INBOX = 'private/${identityId}/inbox/';

describe.each(BROWSERS)('content scopes in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let web: WebServer;

  beforeAll(async () => {
    web = await startWebServer();
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack, { contentScopes: [{ origin: web.origin, prefix: INBOX, allow: ['list', 'put'] }] });
    await signInThroughPopup(session, popup, stack, newUser(`scope-${kind}`));
    await popup.waitForText('[data-testid="auth-state"]', 'Signed in as', 30_000);
  });
  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  it('lets the allowed origin put and list inside its prefix, and nothing outside it', async () => {
    const page = await session.openWebPage(`${web.origin}/app.html`);
    expect(await sendFromContentScript(page, { name: 's3.put', request: { key: `${INBOX}note.txt`, bodyText: 'saved from a page' } })).toMatchObject({ ok: true, value: { size: 17 } });
    const listing = await sendFromContentScript(page, { name: 's3.list', request: { prefix: INBOX } });
    expect(listing).toMatchObject({ ok: true, value: { objects: [{ key: expect.stringMatching(/\/inbox\/note\.txt$/), size: 17 }] } });
    for (const request of [
      { name: 's3.list', request: { prefix: 'private/${identityId}/' } },
      { name: 's3.put', request: { key: 'private/${identityId}/elsewhere.txt', bodyText: 'x' } },
      { name: 's3.presign', request: { key: `${INBOX}note.txt`, expiresInSeconds: 60 } },
      { name: 's3.delete', request: { keys: [`${INBOX}note.txt`] } },
    ]) {
      expect(await sendFromContentScript(page, request), request.name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await page.close();
    // The extension page still sees the file: the put really happened.
    expect(await call(popup, 's3.list', { prefix: INBOX })).toMatchObject({ ok: true, value: { objects: [{ size: 17 }] } });
  });

  it('refuses everything to another origin', async () => {
    const page = await session.openWebPage(`${web.origin.replace('127.0.0.1', 'localhost')}/app.html`);
    expect(await sendFromContentScript(page, { name: 's3.list', request: { prefix: INBOX } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await sendFromContentScript(page, { name: 's3.put', request: { key: `${INBOX}x.txt`, bodyText: 'x' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await page.close();
  });
});
