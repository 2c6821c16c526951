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
import { call, newUser, signInThroughPopup } from './harness/identity.ts';
import { configureThroughOptionsForm } from './harness/options-form.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

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
function dropFiles(page: TestPage, specs: FileSpec[]): Promise<string> {
  return page.evaluate(async (files) => {
    const transfer = new DataTransfer();
    for (const spec of files) {
      const bytes = new Uint8Array(spec.size);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + spec.seed + (i >>> 13)) & 255;
      transfer.items.add(new File([bytes], spec.name, { type: 'application/octet-stream' }));
    }
    const zone = document.querySelector('[data-testid="drop-zone"]') as HTMLElement;
    const target = zone.querySelector('[data-testid="file-list"]') ?? zone;
    const fire = (type: string) => target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    fire('dragenter');
    fire('dragover');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const overlay = document.querySelector('.drop-overlay')?.textContent ?? '';
    fire('drop');
    return overlay;
  }, specs);
}

/** Waits until `predicate` holds in the page (polling; not a timing assertion). */
function waitInPage<A>(page: TestPage, what: string, predicate: (arg: A) => boolean, arg: A, timeoutMs = 20_000): Promise<true> {
  return waitFor(what, async () => ((await page.evaluate(predicate, arg)) ? true : undefined), timeoutMs);
}

const rowKeys = (page: TestPage) =>
  page.evaluate(() => [...document.querySelectorAll('[data-testid="file-list"] li')].map((row) => (row as HTMLElement).dataset.key ?? ''), undefined);
/** In the page: the list shows a first page of a prefix starting with `prefix`. */
const listIsReady = (prefix: string) => {
  const list = document.querySelector('[data-testid="file-list"]') as HTMLElement | null;
  return list?.dataset.state === 'ready' && (list.dataset.prefix ?? '').startsWith(prefix);
};

describe.each(BROWSERS)('the popup journey in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;

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
    await popup.waitForText('[data-testid="auth-state"]', 'Signed in as', 30_000);
    // A name longer than the popup is wide wraps beside Sign out: it is never cut.
    const line = await popup
      .find({ text: `Signed in as ${user.name}` })
      .evaluate((element) => ({ cut: element.scrollWidth > element.clientWidth, right: element.getBoundingClientRect().right }));
    const signOut = await popup.find({ role: 'button', name: 'Sign out' }).box();
    expect(line.cut).toBe(false);
    expect(line.right).toBeLessThanOrEqual(signOut.x);
    await waitInPage(popup, 'the private listing', listIsReady, 'private/');
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
    expect(await popup.waitForText('[data-testid="file-list"]', BIG.name)).toContain('40 MiB');
  });

  it('downloads the selected files: the browser saves each, byte for byte', async () => {
    const keys = await rowKeys(popup);
    for (const spec of [NOTES, BIG]) await popup.click(`[data-key="${keys.find((key) => key.endsWith(`/${spec.name}`))}"] input[type="checkbox"]`);
    expect(await popup.text('[data-testid="selection-bar"]')).toContain('2 selected');
    await popup.click('[data-testid="download"]');
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
    await popup.click('[data-testid="selection-bar"] button[aria-label="Clear selection"]');
  });

  it('finds the file with the filter and shares it: the link serves the same bytes', async () => {
    await popup.fill('[data-testid="filter"]', 'journey-big');
    await waitInPage(popup, 'the filter to leave one row', () => document.querySelectorAll('[data-testid="file-list"] li').length === 1, undefined);
    const [key] = await rowKeys(popup);
    expect(key).toMatch(new RegExp(`^private/[^/]+/${BIG.name}$`));
    await popup.click(`[data-key="${key}"] input[type="checkbox"]`);
    await popup.click('[data-testid="share"]');
    const expires = await popup.waitForText('[data-testid="share-expires"]', 'until');
    // The devstack's credentials live an hour and a link cannot outlive them: the dialog starts at
    // the longest they allow, so nothing is cut short of what was asked.
    expect(expires).toMatch(/\(in \d+ minutes\)\.$/);
    const url = await popup.evaluate(() => (document.querySelector('[data-testid="share-url"]') as HTMLInputElement).value, undefined);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(bytesOf(BIG)));
    await popup.click('[data-testid="copy-link"]');
    expect(await popup.waitForText('[data-testid="share-dialog"]', 'Link copied.')).not.toContain('could not be copied');
    await mkdir(ARTIFACTS, { recursive: true });
    await popup.screenshot(join(ARTIFACTS, `popup-${kind}-share.png`), POPUP_SIZE);
    const violations = seriousViolations(await runAxe(popup));
    expect(violations, `with the share dialog open: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    await popup.click('[data-testid="share-dialog"] button:not(.primary)');
  });

  it('renames the file', async () => {
    await popup.click('[data-testid="rename"]');
    await popup.fill('[data-testid="rename-dialog-name"]', 'journey-renamed.bin');
    expect(await popup.evaluate(() => (document.querySelector('[data-testid="rename-dialog-name"]') as HTMLInputElement).value, undefined)).toBe(
      'journey-renamed.bin',
    );
    await popup.click('[data-testid="rename-dialog-submit"]');
    // The background copies 40 MiB and deletes the original: the dialog closes when it is done.
    const outcome = await waitFor(
      'the rename to finish',
      () =>
        popup.evaluate(() => {
          const error = document.querySelector('[data-testid="rename-dialog"] [data-testid="dialog-error"]');
          if (error) return `failed: ${error.textContent}`;
          return document.querySelector('[data-testid="rename-dialog"]') ? undefined : 'closed';
        }, undefined),
      60_000,
    );
    expect(outcome).toBe('closed');
    await popup.click('[data-testid="clear-filter"]');
    await popup.fill('[data-testid="filter"]', 'journey');
    await popup.waitForText('[data-testid="file-list"]', 'journey-renamed.bin');
    const keys = await rowKeys(popup);
    expect(keys.some((key) => key.endsWith('/journey-renamed.bin'))).toBe(true);
    expect(keys.some((key) => key.endsWith(`/${BIG.name}`))).toBe(false);
  });

  it('says what went wrong where it happened, and keeps the filter and selection', async () => {
    await dropFiles(popup, [{ name: 'journey-gone.txt', size: 5, seed: 4 }]);
    await popup.waitForText('[data-testid="file-list"]', 'journey-gone.txt', 30_000);
    const key = (await rowKeys(popup)).find((candidate) => candidate.endsWith('/journey-gone.txt')) as string;
    // Another window deletes it behind the popup's back.
    const deleted = await call(popup, 's3.delete', { keys: [key] });
    expect(deleted.ok).toBe(true);
    await popup.click(`[data-key="${key}"] input[type="checkbox"]`);
    await popup.click('[data-testid="rename"]');
    await popup.fill('[data-testid="rename-dialog-name"]', 'journey-never.txt');
    await popup.click('[data-testid="rename-dialog-submit"]');
    // S3 answers a missing key with 403 when the caller may not list the bucket; either way the
    // background's sentence names the object and what may have happened to it, in the dialog
    // where the rename was tried.
    expect(await popup.waitForText('[data-testid="rename-dialog"] [data-testid="dialog-error"]', 'journey-gone.txt')).toMatch(
      /does not exist|may have been deleted/,
    );
    expect(await popup.evaluate(() => (document.querySelector('[data-testid="rename-dialog-name"]') as HTMLInputElement).value, undefined)).toBe(
      'journey-never.txt',
    );
    await popup.click('[data-testid="rename-dialog"] button[type="button"]');
    expect(await popup.text('[data-testid="selection-bar"]')).toContain('1 selected');
    expect(await popup.evaluate(() => (document.querySelector('[data-testid="filter"]') as HTMLInputElement).value, undefined)).toBe('journey');
    await popup.click('[data-testid="refresh"]');
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
    await popup.click('[data-testid="clear-filter"]');
    await popup.click('[data-testid="new-folder"]');
    await popup.fill('[data-testid="new-folder-dialog-name"]', 'journey-folder');
    await popup.click('[data-testid="new-folder-dialog-submit"]');
    await popup.click('[data-testid="file-list"] li.folder button.name');
    await popup.waitForText('[data-testid="breadcrumbs"]', 'journey-folder');
    await waitInPage(popup, 'the folder listing', listIsReady, 'private/');
    await dropFiles(popup, [
      { name: 'a.txt', size: 10, seed: 2 },
      { name: 'b.txt', size: 20, seed: 3 },
    ]);
    await popup.waitForText('[data-testid="file-list"]', 'b.txt', 30_000);
    await popup.waitForText('[data-testid="file-list"]', 'a.txt', 30_000);
    await popup.click('[data-testid="breadcrumbs"] button');
    await popup.waitForText('[data-testid="file-list"]', 'journey-folder');
    await popup.click('[data-testid="file-list"] li.folder input[type="checkbox"]');
    await popup.click('[data-testid="delete"]');
    expect(await popup.waitForText('[data-testid="delete-summary"]', 'holding')).toContain('1 folder holding 2 objects');
    await popup.click('[data-testid="confirm-delete"]');
    await waitInPage(popup, 'the folder to go', () => !document.querySelector('[data-testid="file-list"] li.folder'), undefined);
  });

  // Only Chromium can drag a folder from disk (CDP); the folder walk is unit-tested for both.
  if (kind === 'chromium') {
    it('uploads a folder dropped from disk, keeping its relative paths, then deletes it', async () => {
      const source = await mkdtemp(join(tmpdir(), 'tote-drop-'));
      await mkdir(join(source, 'journey-drop', 'deep'), { recursive: true });
      await writeFile(join(source, 'journey-drop', 'dropped-a.txt'), 'first');
      await writeFile(join(source, 'journey-drop', 'deep', 'dropped-b.txt'), 'second, deeper');
      try {
        await popup.dropPaths('[data-testid="file-list"]', [join(source, 'journey-drop')]);
        await popup.waitForText('[data-name="dropped-b.txt"]', 'uploaded', 30_000);
        await popup.waitForText('[data-name="dropped-a.txt"]', 'uploaded', 30_000);
        const keys = await popup.evaluate(
          () => [...document.querySelectorAll('[data-testid="transfers"] .transfer-name')].map((name) => name.getAttribute('title')),
          undefined,
        );
        expect(keys).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^private\/[^/]+\/journey-drop\/dropped-a\.txt$/),
            expect.stringMatching(/^private\/[^/]+\/journey-drop\/deep\/dropped-b\.txt$/),
          ]),
        );
        await popup.click('[data-key$="/journey-drop/"] button.name');
        await popup.waitForText('[data-testid="file-list"]', 'deep');
        await popup.click('[data-key$="/journey-drop/deep/"] button.name');
        await popup.waitForText('[data-testid="file-list"]', 'dropped-b.txt');
        await popup.click('[data-testid="breadcrumbs"] button');
        await popup.click('[data-key$="/journey-drop/"] input[type="checkbox"]');
        await popup.click('[data-testid="delete"]');
        expect(await popup.waitForText('[data-testid="delete-summary"]', 'holding')).toContain('1 folder holding 2 objects');
        await popup.click('[data-testid="confirm-delete"]');
        await waitInPage(popup, 'the folder to go', () => !document.querySelector('[data-key$="/journey-drop/"]'), undefined);
      } finally {
        await rm(source, { recursive: true, force: true });
      }
    });
  }

  it('moves through the rows with the keyboard, selects with Space and deletes with Delete after confirmation', async () => {
    await popup.fill('[data-testid="filter"]', 'journey');
    await waitInPage(popup, 'the two journey files', () => document.querySelectorAll('[data-testid="file-list"] li').length === 2, undefined);
    await popup.click('[data-testid="filter"]');
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
    expect(await popup.waitForText('[data-testid="delete-summary"]', 'deletes')).toContain('This deletes 1 file.');
    await popup.click('[data-testid="confirm-delete"]');
    await waitInPage(popup, 'the file to go', (gone) => !document.querySelector(`[data-key="${gone}"]`), row.key);
    expect((await rowKeys(popup)).map((key) => key.slice(key.lastIndexOf('/') + 1))).toEqual([NOTES.name]);
  });

  it('signs out: the private files are no longer shown', async () => {
    await popup.click('[data-testid="sign-out"]');
    expect(await popup.waitForText('[data-testid="auth-state"]', 'Guest', 20_000)).toBe('Guest');
    await waitInPage(popup, 'the public listing', listIsReady, 'public/');
    expect((await rowKeys(popup)).filter((key) => key.startsWith('private/'))).toEqual([]);
    const text = await popup.evaluate(() => document.body.innerText, undefined);
    expect(text).not.toContain(NOTES.name);
    expect(text).not.toContain('Upload files');
  });
});
