/**
 * The file browser in the browser's side pane: Chrome's side panel (`side_panel`) and Firefox's
 * sidebar (`sidebar_action`) are both set to panel/index.html, which lists, uploads chosen and
 * dropped files, and lays itself out for the pane's width. Neither driver can open the browser's
 * own pane, so the test opens the panel's page as an extension page and asks the browser which
 * page its pane shows.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BROWSERS } from './harness/launch.ts';
import { signedIn } from './harness/signed-in.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { accountLine } from './harness/identity.ts';
import { fileList, listSays, OWN_FILES } from './harness/file-list.ts';
import { findRole } from './harness/by-role.ts';

const stack = inject('devstack');
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tote-panel-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Column widths of the first file row, to tell the pane's layouts apart. */
const rowColumns = (page: TestPage) => fileList(page).evaluate((list) => getComputedStyle(list.querySelector('li') as HTMLElement).gridTemplateColumns);

describe.each(BROWSERS)('the side panel in %s', (kind) => {
  let session: ExtensionSession;
  let panel: TestPage;

  beforeAll(async () => {
    let popup: TestPage;
    ({ session, popup } = await signedIn(kind, stack, 'panel'));
    await popup.close();
    panel = await session.openExtensionPage('panel/index.html');
  });
  afterAll(() => session?.close());

  it("is the page the browser's side pane shows, and its shortcut is registered", async () => {
    const pane = await panel.evaluate(async () => {
      type Api = {
        sidePanel?: { getOptions(options: object): Promise<{ path?: string; enabled?: boolean }> };
        sidebarAction?: { getPanel(details: object): Promise<string> };
        commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
      };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = scope.browser ?? scope.chrome;
      const shown = api.sidePanel ? (await api.sidePanel.getOptions({})).path : await api.sidebarAction?.getPanel({});
      const commands = await api.commands.getAll();
      return { shown, shortcut: commands.find((c) => c.name === 'open-side-panel' || c.name === '_execute_sidebar_action')?.shortcut };
    }, undefined);
    expect(pane.shown).toBe(kind === 'chromium' ? 'panel/index.html' : session.url('panel/index.html'));
    expect(pane.shortcut).toBe('Alt+Shift+L');
  });

  it("lists the signed-in user's files and uploads files chosen in it", async () => {
    await accountLine(panel, 'Signed in as', 30_000);
    const path = join(folder, `chosen-${kind}.txt`);
    await writeFile(path, 'chosen in the side panel');
    await panel.chooseFiles('input[type="file"]', [path]);
    await panel.waitForText(`[data-name="chosen-${kind}.txt"]`, 'uploaded', 30_000);
    expect(await listSays(panel, `chosen-${kind}.txt`)).toContain('24 B');
  });

  it('uploads files dropped on it', async () => {
    const name = `dropped-${kind}.txt`;
    if (kind === 'chromium') {
      const path = join(folder, name);
      await writeFile(path, 'dropped on the side panel');
      await panel.dropPaths(await findRole(panel, 'list', OWN_FILES), [path]);
    } else {
      // Firefox over WebDriver BiDi cannot drag from disk: the drop carries a file made in the page.
      await panel.evaluate(
        ({ fileName, css }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File(['dropped on the side panel'], fileName, { type: 'text/plain' }));
          const target = document.querySelector(css) as HTMLElement;
          for (const type of ['dragenter', 'dragover', 'drop'])
            target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
        },
        { fileName: name, css: await findRole(panel, 'list', OWN_FILES) },
      );
    }
    await panel.waitForText(`[data-name="${name}"]`, 'uploaded', 30_000);
    expect(await listSays(panel, name)).toContain('25 B');
  });

  it('fills the pane at any width: narrow as the pane opens, roomier when dragged wider', async () => {
    await panel.resize(320, 800);
    const narrow = await rowColumns(panel);
    expect(await panel.evaluate(() => document.body.getBoundingClientRect().width, undefined)).toBe(320);
    await panel.screenshot(join(ARTIFACTS, `side-panel-${kind}-320.png`), { width: 320, height: 800 });
    await panel.resize(720, 800);
    const wide = await rowColumns(panel);
    expect(await panel.evaluate(() => [document.body.getBoundingClientRect().width, document.body.getBoundingClientRect().height], undefined)).toEqual([
      720, 800,
    ]);
    expect(wide).not.toBe(narrow);
    await panel.screenshot(join(ARTIFACTS, `side-panel-${kind}-720.png`), { width: 720, height: 800 });
  });
});
