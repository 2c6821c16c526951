/**
 * Locations as a person meets them, in real Chromium and Firefox against the devstack: a guest
 * sees public files alone, with no picker; a signed-in user switches between their own folder,
 * public files and a place the settings name, sees read-only places say so (no upload offered),
 * and finds the popup reopened where they left it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accountLine, newUser, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { removeObjects, writeObjects } from './harness/many-objects.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

const stack = inject('devstack');
const RUN = `places-${Date.now().toString(36)}`;
const KEYS = [`public/${RUN}/reports/q3.txt`, `public/${RUN}/news.txt`];
const REPORTS = { label: 'Quarterly reports', prefix: `public/${RUN}/reports/`, writable: false };

beforeAll(() => writeObjects(stack, KEYS));
afterAll(() => removeObjects(stack, KEYS));

describe.each(BROWSERS)('locations in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  // The write actions come together (Upload files, New folder); New folder is a plain button in both browsers' trees.
  const hasUpload = async () => (await popup.find({ role: 'button', name: 'New folder' }).count()) > 0;
  /** The location shown, as the folder path's first step names it. */
  const shownRoot = () => popup.find({ role: 'navigation', name: 'Folder path' }).evaluate((path) => path.querySelector('li')?.textContent ?? '');
  const showsRoot = (label: string) => waitFor(`the folder path to start at ${label}`, async () => ((await shownRoot()) === label ? true : undefined));

  beforeAll(async () => {
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack, { locations: [REPORTS] });
    await accountLine(popup, 'Guest', 30_000);
  }, 120_000);
  afterAll(() => session?.close());

  it('shows a guest public files alone, with no location to choose', async () => {
    await popup.find({ role: 'list', name: 'Public files' }).box();
    expect(await popup.find({ role: 'combobox', name: 'Location' }).count()).toBe(0);
    expect(await hasUpload()).toBe(false);
  });

  it("lets a signed-in user switch to public files and the settings' place, read-only, and back to their own folder", async () => {
    await signInThroughPopup(session, popup, stack, newUser(`places-${kind}`));
    await accountLine(popup, 'Signed in as', 30_000);
    const picker = popup.find({ role: 'combobox', name: 'Location' });
    await showsRoot('My files');
    expect(await hasUpload()).toBe(true);

    await picker.select('Public files (read-only)');
    await popup.find({ role: 'button', name: `${RUN} (folder)` }).box();
    expect(await popup.find({ text: 'Public files is read-only for you' }).count()).toBe(1);
    expect(await hasUpload()).toBe(false);

    await picker.select('Quarterly reports (read-only)');
    await showsRoot('Quarterly reports');
    await popup.find({ role: 'checkbox', name: 'Select q3.txt' }).box();
    expect(await popup.find({ role: 'checkbox', name: 'Select news.txt' }).count()).toBe(0);
    expect(await popup.find({ text: 'Quarterly reports is read-only for you' }).count()).toBe(1);
    expect(await hasUpload()).toBe(false);

    await picker.select('My files');
    await showsRoot('My files');
    expect(await hasUpload()).toBe(true);
  });

  it('opens again at the location chosen last', async () => {
    await popup.find({ role: 'combobox', name: 'Location' }).select('Quarterly reports (read-only)');
    await popup.find({ role: 'checkbox', name: 'Select q3.txt' }).box();
    await popup.close();
    popup = await session.openExtensionPage('popup/index.html');
    await popup.find({ role: 'checkbox', name: 'Select q3.txt' }).box();
    expect(await popup.find({ role: 'combobox', name: 'Location' }).evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.text)).toBe(
      'Quarterly reports (read-only)',
    );
  });
});
