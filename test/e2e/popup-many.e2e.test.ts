/**
 * A folder of 10,000 objects in the popup, in real Chromium and Firefox: the first page shows,
 * scrolling loads the next pages, and the DOM holds only a window of rows however many are loaded.
 * The objects are written by the bucket owner under `public/`, which a guest may list.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accountLine, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { removeObjects, writeObjects } from './harness/many-objects.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { fileList } from './harness/file-list.ts';

const stack = inject('devstack');
const COUNT = 10_000;
const FOLDER = `many-${Date.now().toString(36)}`;
const name = (index: number) => `object-${String(index).padStart(5, '0')}.txt`;

const KEYS = Array.from({ length: COUNT }, (_, index) => `public/${FOLDER}/${name(index)}`);

beforeAll(() => writeObjects(stack, KEYS), 600_000);
afterAll(() => removeObjects(stack, KEYS));

/** What the list shows: rows in the DOM, rows loaded, and the first and last key rendered. */
function listState(page: TestPage) {
  return fileList(page, 'Public files').evaluate((list) => {
    const rows = [...list.querySelectorAll('li')] as HTMLElement[];
    return {
      state: list.dataset.state,
      prefix: list.dataset.prefix,
      loaded: Number(list.dataset.count),
      inDom: rows.length,
      first: rows[0]?.dataset.key,
      last: rows.at(-1)?.dataset.key,
    };
  });
}

describe.each(BROWSERS)('10,000 objects in the popup in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;

  beforeAll(async () => {
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack);
    await accountLine(popup, 'Guest', 30_000);
  });
  afterAll(() => session?.close());

  it('shows the first page, loads more while scrolling, and keeps only a window of rows in the DOM', async () => {
    await popup.find({ role: 'searchbox', name: 'Filter files by name' }).fill(FOLDER);
    await popup.click(`[data-key="public/${FOLDER}/"] button.name`);
    await waitFor(
      'the first page',
      async () => ((await listState(popup)).prefix === `public/${FOLDER}/` && (await listState(popup)).state === 'ready' ? true : undefined),
      30_000,
    );
    const first = await listState(popup);
    // One page of S3's at most 1,000 keys (RGW may answer fewer, as S3 allows, where its index
    // still holds entries of objects deleted moments ago), and far more rows than the DOM holds.
    expect(first.loaded).toBeLessThanOrEqual(1000);
    expect(first.loaded).toBeGreaterThan(200);
    expect(first.inDom).toBeLessThan(60);
    expect(first.first).toBe(`public/${FOLDER}/${name(0)}`);

    // Scroll to the end again and again, as a person dragging the scrollbar down would.
    let seenMaxInDom = first.inDom;
    const end = await waitFor(
      'every page to load while scrolling',
      async () => {
        await popup.evaluate(() => {
          const scroller = document.querySelector('.scroller') as HTMLElement;
          scroller.scrollTop = scroller.scrollHeight;
        }, undefined);
        const state = await listState(popup);
        seenMaxInDom = Math.max(seenMaxInDom, state.inDom);
        return state.loaded === COUNT && state.last === `public/${FOLDER}/${name(COUNT - 1)}` ? state : undefined;
      },
      120_000,
    );
    console.log(`[${kind}] ${end.loaded} rows loaded; at most ${seenMaxInDom} in the DOM`);
    expect(seenMaxInDom).toBeLessThan(60);
    await popup.find({ text: '10,000 items' }).box();
  });
});
