/**
 * Notifications in both browsers: an upload done or failed and a save from a page each show a
 * basic notification, a click on one opens Tote, and "Show notifications" off in the options page
 * stops them. The system's notification centre is out of a test's reach in Firefox, so the
 * development-only `dev.notifications` lists what Tote showed; Chromium's `notifications.getAll`
 * confirms the browser has it too.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accountLine, call } from './harness/identity.ts';
import { BROWSERS } from './harness/launch.ts';
import { message } from './harness/options-form.ts';
import { waitFor } from './harness/process.ts';
import { signedIn } from './harness/signed-in.ts';
import { startForbiddenUpload } from './harness/uploads.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { startWebServer, type WebServer } from './harness/web-server.ts';
import { listSays } from './harness/file-list.ts';

const stack = inject('devstack');
type Shown = { id: string; title: string; message: string };

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tote-notify-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe.each(BROWSERS)('notifications in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let web: WebServer;

  beforeAll(async () => {
    web = await startWebServer({});
    ({ session, popup } = await signedIn(kind, stack, 'notify'));
  });
  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  const shown = async () => {
    const reply = await call<Shown[]>(popup, 'dev.notifications');
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  };
  const upload = async (name: string) => {
    const path = join(folder, name);
    await writeFile(path, `${name} for the notification test`);
    await popup.chooseFiles('input[type="file"]', [path]);
    await popup.waitForText(`[data-name="${name}"]`, 'uploaded', 30_000);
  };
  const waitForShown = (what: string, match: (all: Shown[]) => boolean) => waitFor(what, async () => (match(await shown()) ? true : undefined));

  it('tells of a finished upload with a basic notification the browser holds', async () => {
    await upload(`done-${kind}.txt`);
    await waitForShown('the upload notification', (all) => all.some((s) => s.message === `done-${kind}.txt is in your files.`));
    expect((await shown()).at(-1)).toEqual({ id: 'tote-upload-done', title: 'Uploaded to Tote', message: `done-${kind}.txt is in your files.` });
    if (kind === 'chromium') {
      const held = await popup.evaluate(
        async () => Object.keys(await (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<object> } } }).chrome.notifications.getAll()),
        undefined,
      );
      expect(held).toContain('tote-upload-done');
    }
  });

  it('tells of a failed upload, saying why', async () => {
    await startForbiddenUpload(popup, 'theirs.txt');
    await waitForShown('the failure notification', (all) => all.some((s) => s.id === 'tote-upload-failed'));
    const failed = (await shown()).find((s) => s.id === 'tote-upload-failed');
    expect(failed?.title).toBe('Upload failed');
    expect(failed?.message).toMatch(/^theirs\.txt: .+ Open Tote to try again\.$/);
  });

  it('tells of a page saved by the shortcut', async () => {
    const pageUrl = `${web.origin}/article.html`;
    await session.openWebPage(pageUrl);
    const saved = await call<{ key?: string }>(popup, 'dev.command', { command: 'save-page', pageUrl });
    expect(saved.ok).toBe(true);
    const key = (saved as { value: { key: string } }).value.key;
    await waitForShown('the save notification', (all) => all.some((s) => s.id === 'tote-page-saved' && s.message.includes(key)));
  });

  it('opens Tote when a notification is clicked', async () => {
    expect(await call(popup, 'dev.notificationClick', { id: 'tote-upload-done' })).toEqual({ ok: true, value: { clicked: true } });
    const opened = await session.waitForPage((url) => url === session.url('panel/index.html'));
    await accountLine(opened, 'Signed in as', 30_000);
    expect(await listSays(opened, `done-${kind}.txt`)).toContain(`done-${kind}.txt`);
    await opened.close();
  });

  it('shows none once "Show notifications" is off in the options page', async () => {
    const options = await session.openExtensionPage('options/index.html');
    const toggle = options.find({ role: 'checkbox', name: 'Show notifications' });
    expect(await toggle.evaluate((box) => (box as HTMLInputElement).checked)).toBe(true);
    await toggle.click();
    await message(options, 'status', 'Tote will not show notifications.');
    expect(await call(popup, 'settings.get')).toMatchObject({ ok: true, value: { settings: { showNotifications: false } } });
    const before = (await shown()).length;
    const instance = await call<{ instance: string }>(popup, 'ping');
    await upload(`quiet-${kind}.txt`);
    // Time for a notification to be made (the notifier reads the settings first), well inside
    // Firefox's idle timeout in tests (1.5 s, harness/firefox.ts): what is counted is the
    // background's memory, which a suspended event page would have lost (it did once, after 1 s).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await call(popup, 'ping')).toMatchObject({ ok: true, value: { instance: instance.ok ? instance.value.instance : '' } });
    expect((await shown()).length).toBe(before);
    // The page shows the stored choice when it opens again.
    await options.close();
    const reopened = await session.openExtensionPage('options/index.html');
    expect(await reopened.find({ role: 'checkbox', name: 'Show notifications' }).evaluate((box) => (box as HTMLInputElement).checked)).toBe(false);
  });
});
