/**
 * "Save to Tote" from a page's context menu, in real browsers against the devstack.
 *
 * What is real: the page, a person's right-click on the element (the page sees `contextmenu`), the
 * background's click listener and everything after it (fetching the image from the background,
 * reading the selection in the tab, the unique key, the upload to RGW, the presigned link, the
 * notice injected into the tab). What is not: the native context menu cannot be driven by either
 * driver, so the test hands the background's registered `contextMenus.onClicked` listener the
 * `info` and tab the browser would (the development-only `dev.menuClick`), and without a real
 * menu click the browser grants no `activeTab`: the development build's loopback host access
 * stands in for it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { call } from './harness/identity.ts';
import { BROWSERS } from './harness/launch.ts';
import { bytesOf } from './harness/object-bytes.ts';
import { sendFromContentScript } from './harness/messages.ts';
import { signedIn } from './harness/signed-in.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { startWebServer, type WebServer } from './harness/web-server.ts';

const stack = inject('devstack');
const FOLDER = 'private/${identityId}/clips/';
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const NOTES = 'Notes: ünïcode survives.\n';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clip test</title></head><body>
<img id="pic" src="/pic.png" alt="a picture" width="80" height="80">
<img id="refused" src="/refused.png" alt="refused" width="80" height="80">
<p><a id="notes" href="/notes.txt">the notes</a></p>
<p id="quote">Hello <strong>bold</strong> world, <a href="https://example.com/docs">a link</a>.</p>
</body></html>`;

async function noticeText(page: TestPage, expected: string): Promise<string> {
  let text = '';
  for (let tries = 0; tries < 100 && !text.includes(expected); tries++) {
    text = ((await sendFromContentScript(page, { readNotice: true })) as { text: string | null }).text ?? '';
    if (!text.includes(expected)) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return text;
}

describe.each(BROWSERS)('saving from a page in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let web: WebServer;
  let page: TestPage;
  let pageUrl: string;

  beforeAll(async () => {
    web = await startWebServer({
      '/save.html': { type: 'text/html; charset=utf-8', body: PAGE },
      '/pic.png': { type: 'image/png', body: PNG },
      '/refused.png': { type: 'text/plain', body: 'no', status: 403 },
      '/notes.txt': { type: 'text/plain; charset=utf-8', body: NOTES },
      '/hop.png': { type: 'text/plain', body: '', status: 302, headers: { location: '/after-hop.png' } },
      '/after-hop.png': { type: 'image/png', body: PNG },
    });
    pageUrl = `${web.origin}/save.html`;
    ({ session, popup } = await signedIn(kind, stack, 'save', { saveFolder: FOLDER }));
    page = await session.openWebPage(pageUrl);
  });
  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  it('saves a right-clicked image into the configured folder, shows the key in the notice, and never overwrites', async () => {
    await page.rightClick('#pic');
    const info = { menuItemId: 'tote-save-image', srcUrl: `${web.origin}/pic.png`, pageUrl };
    const first = await call<{ key?: string }>(popup, 'dev.menuClick', { pageUrl, info });
    expect(first).toMatchObject({ ok: true, value: { key: expect.stringMatching(/^private\/[^/]+\/clips\/pic\.png$/) } });
    const key = (first as { value: { key: string } }).value.key;
    expect(await bytesOf(popup, key)).toEqual([...PNG]);
    const shown = await noticeText(page, key);
    expect(shown).toContain('Saved to Tote');
    expect(shown).toContain(key);
    expect(shown).toContain('Copy link');
    // The page itself cannot see into the notice: the shadow root is closed and its text is not in the page's DOM.
    expect(
      await page.evaluate(() => {
        const host = document.querySelector('tote-notice');
        return { found: host !== null, shadowRoot: host?.shadowRoot ?? null, text: document.documentElement.innerText.includes('Saved to Tote') };
      }, undefined),
    ).toEqual({ found: true, shadowRoot: null, text: false });

    const second = await call<{ key?: string }>(popup, 'dev.menuClick', { pageUrl, info });
    expect(second).toMatchObject({ ok: true, value: { key: key.replace(/pic\.png$/, 'pic-2.png') } });
    expect(await bytesOf(popup, key.replace(/pic\.png$/, 'pic-2.png'))).toEqual([...PNG]);
    const listing = await call<{ objects: Array<{ key: string; size: number }> }>(popup, 's3.list', { prefix: FOLDER });
    // Both stay: the second save took a new name instead of overwriting (S3 lists "pic-2" before "pic.").
    expect(listing.ok && listing.value.objects.filter((object) => object.key.endsWith('.png'))).toEqual([
      expect.objectContaining({ key: key.replace(/pic\.png$/, 'pic-2.png'), size: PNG.length }),
      expect.objectContaining({ key, size: PNG.length }),
    ]);
  });

  it('saves the selected text as Markdown', async () => {
    await page.evaluate(() => getSelection()?.selectAllChildren(document.querySelector('#quote') as Element), undefined);
    await page.rightClick('#quote strong');
    const selectionText = await page.evaluate(() => getSelection()?.toString() ?? '', undefined);
    expect(selectionText).toBe('Hello bold world, a link.');
    const saved = await call<{ key?: string }>(popup, 'dev.menuClick', { pageUrl, info: { menuItemId: 'tote-save-selection-md', selectionText, pageUrl } });
    expect(saved).toMatchObject({ ok: true, value: { key: expect.stringMatching(/^private\/[^/]+\/clips\/Clip test \(selection\)\.md$/) } });
    const key = (saved as { value: { key: string } }).value.key;
    const text = Buffer.from((await bytesOf(popup, key)) as number[]).toString('utf8');
    expect(text).toBe('Hello **bold** world, [a link](https://example.com/docs).\n');
    expect(await noticeText(page, key)).toContain(key);
  });

  it('saves a link target with a background that was stopped and started again', async () => {
    await session.stopBackground();
    await page.rightClick('#notes');
    const saved = await call<{ key?: string }>(popup, 'dev.menuClick', {
      pageUrl,
      info: { menuItemId: 'tote-save-link', linkUrl: `${web.origin}/notes.txt`, pageUrl },
    });
    expect(saved).toMatchObject({ ok: true, value: { key: expect.stringMatching(/^private\/[^/]+\/clips\/notes\.txt$/) } });
    const key = (saved as { value: { key: string } }).value.key;
    expect(Buffer.from((await bytesOf(popup, key)) as number[]).toString('utf8')).toBe(NOTES);
    expect(await noticeText(page, key)).toContain('Saved to Tote');
  });

  // Only Chrome offers MHTML (pageCapture, an optional permission). A simulated click carries no
  // user gesture, so the browser cannot show the permission prompt: the refusal path is what runs.
  if (kind === 'chromium') {
    it('says so when the page capture permission for MHTML was not granted', async () => {
      const saved = await call(popup, 'dev.menuClick', { pageUrl, info: { menuItemId: 'tote-save-page-mhtml', pageUrl } });
      expect(saved).toEqual({ ok: true, value: {} });
      expect(await noticeText(page, 'MHTML')).toContain('Tote was not allowed to capture pages as MHTML');
    });
  }

  // The page is on loopback, so loopback targets are allowed (the tests above); the user's other
  // networks are not, and a redirect is refused before the browser requests where it leads.
  it("refuses an image on another of the user's networks than the page's, and says why", async () => {
    for (const srcUrl of ['http://169.254.169.254/latest/meta-data/', 'http://10.0.0.7/secret.png']) {
      await page.rightClick('#pic');
      const refused = await call(popup, 'dev.menuClick', { pageUrl, info: { menuItemId: 'tote-save-image', srcUrl, pageUrl } });
      expect(refused).toEqual({ ok: true, value: {} });
      const shown = await noticeText(page, new URL(srcUrl).hostname);
      expect(shown).toContain('Could not save to Tote');
      expect(shown).toContain(`Tote does not save from addresses on your own network (${new URL(srcUrl).hostname})`);
    }
  });

  it('stops at a redirect and never requests the address it points to', async () => {
    await page.rightClick('#pic');
    const refused = await call(popup, 'dev.menuClick', { pageUrl, info: { menuItemId: 'tote-save-image', srcUrl: `${web.origin}/hop.png`, pageUrl } });
    expect(refused).toEqual({ ok: true, value: {} });
    expect(await noticeText(page, 'redirect')).toContain('answered with a redirect to another address. Tote does not follow redirects');
    expect(web.requested).toContain('/hop.png');
    expect(web.requested).not.toContain('/after-hop.png');
  });

  it('says why when the image server refuses, and asks a signed-out user to sign in', async () => {
    await page.rightClick('#refused');
    const refused = await call<{ key?: string }>(popup, 'dev.menuClick', {
      pageUrl,
      info: { menuItemId: 'tote-save-image', srcUrl: `${web.origin}/refused.png`, pageUrl },
    });
    expect(refused).toEqual({ ok: true, value: {} });
    expect(await noticeText(page, 'refused')).toContain("The image's server refused (HTTP 403)");

    expect(await call(popup, 'auth.signOut', {})).toMatchObject({ ok: true });
    await page.rightClick('#pic');
    await call(popup, 'dev.menuClick', { pageUrl, info: { menuItemId: 'tote-save-image', srcUrl: `${web.origin}/pic.png`, pageUrl } });
    expect(await noticeText(page, 'Sign in to save')).toContain('Could not save to Tote');
  });
});
