/**
 * Tote in German, in real Chromium and Firefox whose own UI is German (Debian's chromium-l10n and
 * firefox-esr-l10n-de): the browser reports German as its UI language, and the popup and the side
 * panel read in German, found by role and accessible name as a German reader finds them, with
 * German plurals and decimal commas. German words are longer than English ones: nothing may be
 * cut off or stick out of the 400 px popup. Screenshots (with the options page's) go to test-artifacts/.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { logInAtProvider, newUser, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

const stack = inject('devstack');
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const POPUP_SIZE = { width: 400, height: 600 };
/** 1536 bytes: `1.5 KiB` in English, `1,5 KiB` in German. */
const FILES = [
  { name: 'anderthalb.bin', bytes: 1536 },
  { name: 'notizen.txt', bytes: 12 },
];

/** The browser's UI language as Tote's pages see it (`browser` in Firefox, `chrome` in Chromium). */
const uiLanguage = (page: TestPage) =>
  page.evaluate(() => {
    type Api = { i18n: { getUILanguage(): string } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (scope.browser ?? scope.chrome).i18n.getUILanguage();
  }, undefined);

/**
 * What is cut off or sticks out, as `text (why)`: an element whose text is wider than its box
 * where the box clips it, or a control drawn past the page's right edge. Text cut on purpose, with
 * an ellipsis and the whole name in its title (a long file name), is not a fault.
 */
const clipped = (page: TestPage) =>
  page.evaluate(() => {
    const faults: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!element.checkVisibility() || element.closest('.visually-hidden, svg')) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const label = (element.innerText || element.getAttribute('aria-label') || element.tagName).trim().slice(0, 60);
      const clips = style.overflowX !== 'visible' && style.overflowX !== 'auto' && style.overflowX !== 'scroll';
      const meant = style.textOverflow === 'ellipsis' && element.title !== '';
      if (clips && !meant && element.scrollWidth > element.clientWidth + 1) faults.push(`${label} (cut: ${element.scrollWidth} > ${element.clientWidth})`);
      if (box.width > 0 && box.right > width + 0.5) faults.push(`${label} (past the edge: ${Math.round(box.right)} > ${width})`);
      // A field's placeholder is not in scrollWidth: measure it in the field's own font.
      if (element instanceof HTMLInputElement && element.placeholder !== '' && element.value === '') {
        const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        context.font = style.font;
        const room = element.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        const needed = context.measureText(element.placeholder).width;
        if (needed > room + 1) faults.push(`${element.placeholder} (placeholder cut: ${Math.ceil(needed)} > ${Math.floor(room)})`);
      }
    }
    return faults;
  }, undefined);

describe.each(BROWSERS)('Tote in German in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let folder: string;
  const user = newUser(`german-${kind}`);

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    folder = await mkdtemp(join(tmpdir(), 'tote-german-'));
    for (const file of FILES) await writeFile(join(folder, file.name), 'x'.repeat(file.bytes));
    session = await launch(kind, { language: 'de' });
    popup = await session.openExtensionPage('popup/index.html');
    // The toolbar popup's own size, so what fits here fits there.
    await popup.resize(POPUP_SIZE.width, POPUP_SIZE.height);
    await useDevstack(popup, stack);
  });
  afterAll(async () => {
    await session?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('the browser says its UI language is German, and the popup page is in German', async () => {
    expect(await uiLanguage(popup)).toMatch(/^de\b/);
    expect(await popup.evaluate(() => document.documentElement.lang, undefined)).toMatch(/^de\b/);
  });

  it('signs in through the German button and says who is signed in, in German', async () => {
    await popup.find({ role: 'button', name: 'Anmelden' }).click();
    await logInAtProvider(session, stack, user);
    const line = popup.find({ text: `Angemeldet als ${user.name}` });
    await waitFor('the popup to say who is signed in', async () => ((await line.count()) === 1 ? true : undefined), 30_000);
    expect(await popup.find({ role: 'button', name: 'Abmelden' }).count()).toBe(1);
    expect(await popup.find({ role: 'button', name: 'Neuer Ordner' }).count()).toBe(1);
    expect(await popup.find({ role: 'searchbox', name: 'Dateien nach Namen filtern' }).count()).toBe(1);
    await popup.find({ text: 'Ihr Ordner ist leer. Legen Sie Dateien hier ab, oder nutzen Sie „Dateien hochladen“.' }).box();
    expect(await clipped(popup)).toEqual([]);
    await popup.screenshot(join(ARTIFACTS, `german-${kind}-popup-empty.png`), POPUP_SIZE);
  });

  it('uploads through „Dateien hochladen“ and shows sizes with a decimal comma and counts in German plural', async () => {
    // The file picker is named by its label (Chromium's tree makes it a button of that name; Firefox's a group with a browse button).
    const upload = await popup.evaluate(
      () => [...document.querySelectorAll<HTMLInputElement>('input[type="file"]')].map((input) => input.labels?.[0]?.innerText.trim()),
      undefined,
    );
    expect(upload).toEqual(['Dateien hochladen']);
    if (kind === 'chromium') expect(await popup.find({ role: 'button', name: 'Dateien hochladen' }).count()).toBe(1);
    await popup.chooseFiles(
      'input[type="file"]',
      FILES.map((file) => join(folder, file.name)),
    );
    for (const file of FILES) await popup.find({ role: 'checkbox', name: `${file.name} auswählen` }).box();
    const sizes = () =>
      popup
        .find({ role: 'list', name: 'Ihre Dateien' })
        .evaluate((list) =>
          Object.fromEntries([...list.querySelectorAll('li')].map((row) => [row.querySelector('.name')?.textContent, row.querySelector('.size')?.textContent])),
        );
    // Sizes in German: a decimal comma, and the byte count of a small file as is.
    expect(await waitFor('the rows with their sizes', async () => ((await sizes())['anderthalb.bin'] ? sizes() : undefined))).toEqual({
      'anderthalb.bin': '1,5 KiB',
      'notizen.txt': '12 B',
    });
    await popup.find({ text: '2 Einträge' }).box();
    await popup.find({ role: 'region', name: 'Uploads' }).box();
    expect(await popup.find({ text: 'anderthalb.bin: hochgeladen' }).count()).toBe(1);
    // "2 ausgewählt" and the actions on the selection, in German, inside the popup.
    for (const file of FILES) await popup.find({ role: 'checkbox', name: `${file.name} auswählen` }).click();
    await popup.find({ text: '2 ausgewählt' }).box();
    for (const name of ['Öffnen', 'Herunterladen', 'Freigeben', 'Umbenennen', 'Kopieren', 'Verschieben', 'Löschen']) {
      expect(await popup.find({ role: 'button', name }).count(), name).toBe(1);
    }
    expect(await clipped(popup)).toEqual([]);
    await popup.screenshot(join(ARTIFACTS, `german-${kind}-popup-selected.png`), POPUP_SIZE);
  });

  it('asks before deleting, in German, with the count in the title', async () => {
    await popup.find({ role: 'button', name: 'Löschen' }).click();
    const dialog = popup.find({ role: 'dialog', name: '2 Einträge löschen?' });
    await dialog.box();
    expect(await dialog.evaluate((element) => element.innerText)).toContain('Dies löscht 2 Dateien.');
    expect(await clipped(popup)).toEqual([]);
    await popup.screenshot(join(ARTIFACTS, `german-${kind}-popup-delete.png`), POPUP_SIZE);
    await popup.find({ role: 'button', name: 'Abbrechen' }).click();
    await waitFor('the dialog to close', async () => ((await dialog.count()) === 0 ? true : undefined));
  });

  it('lists the shortcuts with German key caps', async () => {
    await popup.find({ role: 'button', name: 'Tastenkürzel' }).click();
    const dialog = popup.find({ role: 'dialog', name: 'Tastenkürzel' });
    const said = await dialog.evaluate((element) => element.innerText);
    for (const words of ['Pos1', 'Bild↑', 'Entf', 'Leertaste', 'Zur Liste wechseln']) expect(said).toContain(words);
    // Longer German lines must not push the list past the popup: the whole dialog is in view, unscrolled.
    const fits = await dialog.evaluate((element) => ({
      scrolls: element.scrollHeight > element.clientHeight + 1,
      bottom: element.getBoundingClientRect().bottom <= innerHeight,
      sizes: `${element.scrollHeight} in ${element.clientHeight}, bottom ${Math.round(element.getBoundingClientRect().bottom)} of ${innerHeight}`,
    }));
    expect(fits, fits.sizes).toMatchObject({ scrolls: false, bottom: true });
    expect(await clipped(popup)).toEqual([]);
    await popup.screenshot(join(ARTIFACTS, `german-${kind}-popup-shortcuts.png`), POPUP_SIZE);
    await popup.find({ role: 'button', name: 'Schließen' }).click();
  });

  it('the side panel reads in German too, narrow as the pane opens', async () => {
    const panel = await session.openExtensionPage('panel/index.html');
    await panel.resize(320, 800);
    await panel.find({ text: `Angemeldet als ${user.name}` }).box();
    await panel.find({ role: 'list', name: 'Ihre Dateien' }).box();
    await panel.find({ role: 'checkbox', name: 'anderthalb.bin auswählen' }).box();
    expect(await panel.find({ role: 'button', name: 'Durchsuchen' }).count()).toBe(1);
    expect(await clipped(panel)).toEqual([]);
    await panel.screenshot(join(ARTIFACTS, `german-${kind}-side-panel.png`), { width: 320, height: 800 });
    await panel.close();
  });

  it('the options page, screenshotted in German', async () => {
    const options = await session.openExtensionPage('options/index.html');
    expect(await uiLanguage(options)).toMatch(/^de\b/);
    await options.screenshot(join(ARTIFACTS, `german-${kind}-options.png`));
    await options.close();
  });
});
