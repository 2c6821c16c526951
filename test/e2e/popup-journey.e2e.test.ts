/**
 * Tote as a person uses it, in real Chromium and Firefox against the devstack: configure it through
 * the options page's form and run Test connection, open the popup, sign in through the IdP's form,
 * drop files and a 40 MiB file (multipart) onto the popup and watch the progress, download a
 * selection, find the file with the filter, share it (the link serves the same bytes), rename it,
 * make a folder and delete it (the dialog says how many objects it holds), drop a folder from disk
 * (Chromium), delete the file with the keyboard, sign out — and the private files are gone from
 * the screen. Screenshots in light and dark go to test-artifacts/, and axe finds no serious or
 * critical violation.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAxe, seriousViolations } from './harness/axe.ts';
import { clickRole, findRole, isShown, typeInto } from './harness/by-role.ts';
import { accountLine, call, newUser, signInThroughPopup } from './harness/identity.ts';
import { configureThroughOptionsForm } from './harness/options-form.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { fileList, listSays, OWN_FILES } from './harness/file-list.ts';

const stack = inject('devstack');
const MiB = 1024 * 1024;
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const POPUP_SIZE = { width: 400, height: 600 };

/** A file the page builds from a seed; Node builds the same bytes to compare digests. */
interface FileSpec {
  name: string;
  size: number;
  seed: number;
}
const BIG: FileSpec = { name: 'journey-big.bin', size: 40 * MiB, seed: 7 };
const NOTES: FileSpec = { name: 'journey-notes.txt', size: 1234, seed: 1 };

function bytesOf(spec: FileSpec): Uint8Array {
  const bytes = new Uint8Array(spec.size);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + spec.seed + (i >>> 13)) & 255;
  return bytes;
}
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Drags files built in the page over the popup and drops them: real dragenter, dragover and drop
 * events carrying a DataTransfer with File objects. Answers the overlay's text seen mid-drag.
 */
async function dropFiles(page: TestPage, specs: FileSpec[]): Promise<string> {
  // Onto the list, as a person drops onto what they see; the drop zone around it takes the drop.
  const list = await findRole(page, 'list', OWN_FILES);
  return page.evaluate(
    async ({ files, css }) => {
      const transfer = new DataTransfer();
      for (const spec of files) {
        const bytes = new Uint8Array(spec.size);
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + spec.seed + (i >>> 13)) & 255;
        transfer.items.add(new File([bytes], spec.name, { type: 'application/octet-stream' }));
      }
      const target = document.querySelector(css) as HTMLElement;
      const fire = (type: string) => target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      fire('dragenter');
      fire('dragover');
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const overlay = document.querySelector('.drop-overlay')?.textContent ?? '';
      fire('drop');
      return overlay;
    },
    { files: specs, css: list },
  );
}

/** Waits until `predicate` holds in the page (polling; not a timing assertion). */
function waitInPage<A>(page: TestPage, what: string, predicate: (arg: A) => boolean, arg: A, timeoutMs = 20_000): Promise<true> {
  return waitFor(what, async () => ((await page.evaluate(predicate, arg)) ? true : undefined), timeoutMs);
}

const rowKeys = (page: TestPage, name = OWN_FILES) =>
  fileList(page, name).evaluate((list) => [...list.querySelectorAll('li')].map((row) => (row as HTMLElement).dataset.key ?? ''));
/** Waits until the list named `name` shows a first page of a prefix starting with `prefix`. */
const listReady = (page: TestPage, what: string, prefix: string, name = OWN_FILES) =>
  waitFor(
    what,
    async () => {
      const list = await fileList(page, name).evaluate((element) => ({ state: element.dataset.state, prefix: element.dataset.prefix ?? '' }));
      return list.state === 'ready' && list.prefix.startsWith(prefix) ? true : undefined;
    },
    20_000,
  );
/** Waits until the list holds `count` rows. */
const rowsShown = (page: TestPage, what: string, count: number) =>
  waitFor(what, async () => ((await fileList(page).evaluate((list) => list.querySelectorAll('li').length)) === count ? true : undefined), 20_000);

describe.each(BROWSERS)('the popup journey in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  /** Deletes a folder at the top of the user's files, once the dialog says it holds two objects. */
  const deleteFromTop = async (name: string) => {
    await popup.find({ role: 'button', name: 'My files' }).click();
    await clickRole(popup, 'checkbox', `Select ${name}`);
    await clickRole(popup, 'button', 'Delete', { within: await findRole(popup, 'toolbar', 'Selected items') });
    const dialog = await findRole(popup, 'dialog', `Delete “${name}”?`);
    expect(await popup.waitForText(dialog, 'holding')).toContain('1 folder holding 2 objects');
    await clickRole(popup, 'button', 'Delete', { within: dialog });
  };

  beforeAll(async () => {
    session = await launch(kind);
  });
  afterAll(() => session?.close());

  it('is configured through the options page form; Test connection passes every step', async () => {
    const steps = await configureThroughOptionsForm(session, stack);
    expect(
      steps.map((step) => step.status),
      JSON.stringify(steps, null, 2),
    ).toEqual(steps.map(() => 'ok'));
    expect(steps.length).toBeGreaterThanOrEqual(5);
  });

  it("signs in through the identity provider's login form", async () => {
    popup = await session.openExtensionPage('popup/index.html');
    const user = newUser(`journey-${kind}`);
    await signInThroughPopup(session, popup, stack, user);
    await accountLine(popup, 'Signed in as', 30_000);
    // A name longer than the popup is wide wraps beside Sign out: it is never cut.
    const line = await popup
      .find({ text: `Signed in as ${user.name}` })
      .evaluate((element) => ({ cut: element.scrollWidth > element.clientWidth, right: element.getBoundingClientRect().right }));
    const signOut = await popup.find({ role: 'button', name: 'Sign out' }).box();
    expect(line.cut).toBe(false);
    expect(line.right).toBeLessThanOrEqual(signOut.x);
    await listReady(popup, 'the private listing', 'private/');
  });

  it('uploads files dropped onto the popup; the progress bar reaches 100%', async () => {
    // Record every progress value the big file's bar shows, to print how it moved.
    await popup.evaluate((name) => {
      const seen: number[] = [];
      (globalThis as unknown as { seenProgress: number[] }).seenProgress = seen;
      setInterval(() => {
        const bar = document.querySelector(`[data-name="${name}"] progress`) as HTMLProgressElement | null;
        if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
      }, 50);
    }, BIG.name);
    const overlay = await dropFiles(popup, [NOTES, BIG]);
    expect(overlay).toContain('Drop to upload to your files');
    await popup.waitForText(`[data-name="${BIG.name}"]`, BIG.name, 30_000);
    expect(await popup.waitForText(`[data-name="${BIG.name}"]`, 'uploaded', 180_000)).toContain('100% of 40 MiB');
    await popup.waitForText(`[data-name="${NOTES.name}"]`, 'uploaded', 30_000);
    const bar = await popup.evaluate((name) => {
      const progress = document.querySelector(`[data-name="${name}"] progress`) as HTMLProgressElement;
      return { value: progress.value, max: progress.max, label: progress.getAttribute('aria-label') };
    }, BIG.name);
    expect(bar).toEqual({ value: 100, max: 100, label: `${BIG.name}: 100%` });
    const seen = await popup.evaluate(() => (globalThis as unknown as { seenProgress: number[] }).seenProgress, undefined);
    console.log(`[${kind}] progress values seen while uploading ${BIG.name}: ${seen.join(', ')}`);
    expect(seen.at(-1)).toBe(100);
    expect(await listSays(popup, BIG.name)).toContain('40 MiB');
  });

  it('downloads the selected files: the browser saves each, byte for byte', async () => {
    const keys = await rowKeys(popup);
    for (const spec of [NOTES, BIG]) await popup.click(`[data-key="${keys.find((key) => key.endsWith(`/${spec.name}`))}"] input[type="checkbox"]`);
    const selection = await findRole(popup, 'toolbar', 'Selected items');
    expect(await popup.text(selection)).toContain('2 selected');
    await clickRole(popup, 'button', 'Download', { within: selection });
    for (const spec of [NOTES, BIG]) {
      const path = join(session.downloadDir, spec.name);
      const bytes = await waitFor(
        `${spec.name} to be saved`,
        async () => {
          const saved = await readFile(path).catch(() => undefined);
          return saved?.length === spec.size ? saved : undefined;
        },
        60_000,
      );
      expect(sha256(bytes), spec.name).toBe(sha256(bytesOf(spec)));
    }
    await clickRole(popup, 'button', 'Clear selection');
  });

  it('finds the file with the filter and shares it: the link serves the same bytes', async () => {
    await popup.find({ role: 'searchbox', name: 'Filter files by name' }).fill('journey-big');
    await rowsShown(popup, 'the filter to leave one row', 1);
    const [key] = await rowKeys(popup);
    expect(key).toMatch(new RegExp(`^private/[^/]+/${BIG.name}$`));
    await popup.click(`[data-key="${key}"] input[type="checkbox"]`);
    await clickRole(popup, 'button', 'Share');
    const dialog = await findRole(popup, 'dialog', `Share ${BIG.name}`);
    const line = popup.find({ text: 'Anyone with this link can download the file until' });
    const expires = await line.evaluate((element) => element.innerText.trim());
    // The devstack's credentials live an hour and a link cannot outlive them: the dialog starts at
    // the longest they allow, so nothing is cut short of what was asked.
    expect(expires).toMatch(/\(in \d+ minutes\)\.$/);
    const url = await popup.find({ role: 'textbox', name: 'Share link' }).evaluate((input) => (input as HTMLInputElement).value);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(bytesOf(BIG)));
    await clickRole(popup, 'button', 'Copy link', { within: dialog });
    expect(await popup.waitForText(dialog, 'Link copied.')).not.toContain('could not be copied');
    await mkdir(ARTIFACTS, { recursive: true });
    await popup.screenshot(join(ARTIFACTS, `popup-${kind}-share.png`), POPUP_SIZE);
    const violations = seriousViolations(await runAxe(popup));
    expect(violations, `with the share dialog open: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    await clickRole(popup, 'button', 'Close', { within: dialog });
  });

  it('renames the file', async () => {
    await clickRole(popup, 'button', 'Rename');
    const dialog = await findRole(popup, 'dialog', `Rename or move ${BIG.name}`);
    // The name field opens with the name selected: typing replaces it.
    await popup.find({ role: 'textbox', name: 'New name' }).fill('journey-renamed.bin');
    expect(await popup.find({ role: 'textbox', name: 'New name' }).evaluate((input) => (input as HTMLInputElement).value)).toBe('journey-renamed.bin');
    await clickRole(popup, 'button', 'Rename', { within: dialog });
    // The background copies 40 MiB and deletes the original: the dialog closes when it is done.
    const outcome = await waitFor(
      'the rename to finish',
      async () => {
        if (await isShown(popup, 'alert', '', { within: dialog, contains: true })) return `failed: ${await popup.text(`${dialog} [role="alert"]`)}`;
        return (await isShown(popup, 'dialog', `Rename or move ${BIG.name}`)) ? undefined : 'closed';
      },
      60_000,
    );
    expect(outcome).toBe('closed');
    await clickRole(popup, 'button', 'Clear the filter');
    await popup.find({ role: 'searchbox', name: 'Filter files by name' }).fill('journey');
    await listSays(popup, 'journey-renamed.bin');
    const keys = await rowKeys(popup);
    expect(keys.some((key) => key.endsWith('/journey-renamed.bin'))).toBe(true);
    expect(keys.some((key) => key.endsWith(`/${BIG.name}`))).toBe(false);
  });

  it('says what went wrong where it happened, and keeps the filter and selection', async () => {
    await dropFiles(popup, [{ name: 'journey-gone.txt', size: 5, seed: 4 }]);
    await listSays(popup, 'journey-gone.txt', { timeoutMs: 30_000 });
    const key = (await rowKeys(popup)).find((candidate) => candidate.endsWith('/journey-gone.txt')) as string;
    // Another window deletes it behind the popup's back.
    const deleted = await call(popup, 's3.delete', { keys: [key] });
    expect(deleted.ok).toBe(true);
    await popup.click(`[data-key="${key}"] input[type="checkbox"]`);
    await clickRole(popup, 'button', 'Rename');
    const dialog = await findRole(popup, 'dialog', 'Rename or move journey-gone.txt');
    await popup.find({ role: 'textbox', name: 'New name' }).fill('journey-never.txt');
    await clickRole(popup, 'button', 'Rename', { within: dialog });
    // S3 answers a missing key with 403 when the caller may not list the bucket; either way the
    // background's sentence names the object and what may have happened to it, in the dialog
    // where the rename was tried.
    expect(await popup.waitForText(await findRole(popup, 'alert', 'journey-gone.txt', { within: dialog, contains: true }), 'journey-gone.txt')).toMatch(
      /does not exist|may have been deleted/,
    );
    expect(await popup.find({ role: 'textbox', name: 'New name' }).evaluate((input) => (input as HTMLInputElement).value)).toBe('journey-never.txt');
    await clickRole(popup, 'button', 'Cancel', { within: dialog });
    expect(await popup.text(await findRole(popup, 'toolbar', 'Selected items'))).toContain('1 selected');
    expect(await popup.find({ role: 'searchbox', name: 'Filter files by name' }).evaluate((input) => (input as HTMLInputElement).value)).toBe('journey');
    await clickRole(popup, 'button', 'Refresh the list');
    await waitInPage(popup, 'the deleted file to leave the list', (gone) => !document.querySelector(`[data-key="${gone}"]`), key);
  });

  it('shows light and dark, and axe finds no serious or critical violation', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      // Firefox over BiDi cannot emulate the colour scheme: it is checked in its default (light).
      if (!(await popup.emulateColorScheme(scheme)) && scheme === 'dark') continue;
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor, undefined);
      expect(background, scheme).toBe(scheme === 'dark' ? 'rgb(28, 27, 31)' : 'rgb(255, 255, 255)');
      const path = join(ARTIFACTS, `popup-${kind}-${scheme}.png`);
      await popup.screenshot(path, POPUP_SIZE);
      console.log(`[${kind}] screenshot: ${path}`);
      const violations = seriousViolations(await runAxe(popup));
      expect(violations, `${scheme}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    }
  });

  it('creates a folder, uploads into it, and deletes it after saying how many objects it holds', async () => {
    await clickRole(popup, 'button', 'Clear the filter');
    await clickRole(popup, 'button', 'New folder');
    await typeInto(popup, 'Folder name', 'journey-folder');
    await clickRole(popup, 'button', 'Create');
    await clickRole(popup, 'button', 'journey-folder (folder)');
    const path = popup.find({ role: 'navigation', name: 'Folder path' });
    await waitFor('the folder path to end at journey-folder', async () =>
      (await path.evaluate((nav) => nav.innerText)).includes('journey-folder') ? true : undefined,
    );
    await listReady(popup, 'the folder listing', 'private/');
    await dropFiles(popup, [
      { name: 'a.txt', size: 10, seed: 2 },
      { name: 'b.txt', size: 20, seed: 3 },
    ]);
    await listSays(popup, 'b.txt', { timeoutMs: 30_000 });
    await listSays(popup, 'a.txt', { timeoutMs: 30_000 });
    await deleteFromTop('journey-folder');
    await waitFor(
      'the folder to go',
      async () => ((await fileList(popup).evaluate((list) => list.querySelector('li.folder') === null)) ? true : undefined),
      20_000,
    );
  });

  // Only Chromium can drag a folder from disk (CDP); the folder walk is unit-tested for both.
  if (kind === 'chromium') {
    it('uploads a folder dropped from disk, keeping its relative paths, then deletes it', async () => {
      const source = await mkdtemp(join(tmpdir(), 'tote-drop-'));
      await mkdir(join(source, 'journey-drop', 'deep'), { recursive: true });
      await writeFile(join(source, 'journey-drop', 'dropped-a.txt'), 'first');
      await writeFile(join(source, 'journey-drop', 'deep', 'dropped-b.txt'), 'second, deeper');
      try {
        await popup.dropPaths(await findRole(popup, 'list', OWN_FILES), [join(source, 'journey-drop')]);
        await popup.waitForText('[data-name="dropped-b.txt"]', 'uploaded', 30_000);
        await popup.waitForText('[data-name="dropped-a.txt"]', 'uploaded', 30_000);
        const keys = await popup
          .find({ role: 'region', name: 'Uploads' })
          .evaluate((uploads) => [...uploads.querySelectorAll('.transfer-name')].map((name) => name.getAttribute('title')));
        expect(keys).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^private\/[^/]+\/journey-drop\/dropped-a\.txt$/),
            expect.stringMatching(/^private\/[^/]+\/journey-drop\/deep\/dropped-b\.txt$/),
          ]),
        );
        await popup.click('[data-key$="/journey-drop/"] button.name');
        await listSays(popup, 'deep');
        await popup.click('[data-key$="/journey-drop/deep/"] button.name');
        await listSays(popup, 'dropped-b.txt');
        await deleteFromTop('journey-drop');
        await waitInPage(popup, 'the folder to go', () => !document.querySelector('[data-key$="/journey-drop/"]'), undefined);
      } finally {
        await rm(source, { recursive: true, force: true });
      }
    });
  }

  it('moves through the rows with the keyboard, selects with Space and deletes with Delete after confirmation', async () => {
    const filter = popup.find({ role: 'searchbox', name: 'Filter files by name' });
    await filter.fill('journey');
    await rowsShown(popup, 'the two journey files', 2);
    await filter.click();
    await popup.press('ArrowDown');
    await popup.press('Home');
    await popup.press('ArrowDown');
    const focused = () => {
      const row = document.activeElement as HTMLElement;
      return { key: row.dataset.key ?? '', checked: (row.querySelector('input[type="checkbox"]') as HTMLInputElement | null)?.checked };
    };
    const row = await popup.evaluate(focused, undefined);
    expect(row).toEqual({ key: expect.stringMatching(/\/journey-renamed\.bin$/), checked: false });
    await popup.press(' ');
    expect(await popup.evaluate(focused, undefined)).toEqual({ key: row.key, checked: true });
    await popup.press('Delete');
    const dialog = await findRole(popup, 'dialog', 'Delete “journey-renamed.bin”?');
    expect(await popup.waitForText(dialog, 'deletes')).toContain('This deletes 1 file.');
    await clickRole(popup, 'button', 'Delete', { within: dialog });
    await waitInPage(popup, 'the file to go', (gone) => !document.querySelector(`[data-key="${gone}"]`), row.key);
    expect((await rowKeys(popup)).map((key) => key.slice(key.lastIndexOf('/') + 1))).toEqual([NOTES.name]);
  });

  it('signs out: the private files are no longer shown', async () => {
    await clickRole(popup, 'button', 'Sign out');
    expect(await accountLine(popup, 'Guest', 20_000)).toBe('Guest');
    await listReady(popup, 'the public listing', 'public/', 'Public files');
    expect((await rowKeys(popup, 'Public files')).filter((key) => key.startsWith('private/'))).toEqual([]);
    const text = await popup.evaluate(() => document.body.innerText, undefined);
    expect(text).not.toContain(NOTES.name);
    expect(text).not.toContain('Upload files');
  });
});
