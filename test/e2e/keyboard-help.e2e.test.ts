/**
 * The popup's keyboard shortcuts as a person finds them, in real Chromium and Firefox: `?` opens
 * the list (so does the "?" button beside the folder path), Esc closes it, `/` jumps to the filter, and a `?`
 * typed into the filter is only text.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAxe, seriousViolations } from './harness/axe.ts';
import { accountLine, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

const stack = inject('devstack');
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

describe.each(BROWSERS)('keyboard shortcuts in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  const helpOpen = async () => (await popup.find({ role: 'dialog', name: 'Keyboard shortcuts' }).count()) === 1;
  const focusedLabel = () => popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '', undefined);

  beforeAll(async () => {
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack);
    await accountLine(popup, 'Guest', 30_000);
    await popup.find({ role: 'list', name: 'Public files' }).box();
  }, 120_000);
  afterAll(() => session?.close());

  it('opens the list with ?, shows every key, and closes with Esc', async () => {
    await popup.find({ role: 'list', name: 'Public files' }).evaluate((list) => (list.querySelector('li') ?? list).focus());
    await popup.press('?');
    await waitFor('the shortcut list', async () => ((await helpOpen()) ? true : undefined));
    for (const what of ['Move in the list', 'Filter by name', 'Open a folder, or download a file', 'Previous or next file'])
      expect(await popup.find({ text: what }).count(), what).toBe(1);
    await mkdir(ARTIFACTS, { recursive: true });
    await popup.screenshot(join(ARTIFACTS, `popup-${kind}-keyboard-help.png`), { width: 400, height: 600 });
    expect(seriousViolations(await runAxe(popup))).toEqual([]);
    await popup.press('Escape');
    await waitFor('the shortcut list to close', async () => ((await helpOpen()) ? undefined : true));
  });

  it('opens the same list from the ? button', async () => {
    await popup.find({ role: 'button', name: 'Keyboard shortcuts' }).click();
    await waitFor('the shortcut list', async () => ((await helpOpen()) ? true : undefined));
    await popup.find({ role: 'button', name: 'Close' }).click();
    await waitFor('the shortcut list to close', async () => ((await helpOpen()) ? undefined : true));
  });

  it('jumps to the filter with /, where ? is only text', async () => {
    await popup.press('/');
    await waitFor('the filter to have the focus', async () => ((await focusedLabel()) === 'Filter files by name' ? true : undefined));
    await popup.press('?');
    expect(await helpOpen()).toBe(false);
    expect(await popup.find({ role: 'searchbox', name: 'Filter files by name' }).evaluate((field) => (field as HTMLInputElement).value)).toBe('?');
  });
});
