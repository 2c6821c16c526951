/**
 * A folder of 10,000 objects in the popup, in real Chromium and Firefox: the first page shows,
 * scrolling loads the next pages, and the DOM holds only a window of rows however many are loaded.
 * The objects are written by the bucket owner under `public/`, which a guest may list.
 */
import { DeleteObjectsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

const stack = inject('devstack');
const COUNT = 10_000;
const FOLDER = `many-${Date.now().toString(36)}`;
const name = (index: number) => `object-${String(index).padStart(5, '0')}.txt`;

const adminClient = () => new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });

// The stack is shared by every test file: 10,000 objects left under public/ would push other
// files' objects past the first page of a public/ listing.
afterAll(async () => {
  const admin = adminClient();
  for (let start = 0; start < COUNT; start += 1000) {
    const keys = Array.from({ length: Math.min(1000, COUNT - start) }, (_, offset) => ({ Key: `public/${FOLDER}/${name(start + offset)}` }));
    await admin.send(new DeleteObjectsCommand({ Bucket: stack.bucket, Delete: { Objects: keys, Quiet: true } }));
  }
  admin.destroy();
});

beforeAll(async () => {
  const admin = adminClient();
  let next = 0;
  const worker = async () => {
    while (next < COUNT) {
      const index = next++;
      await admin.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `public/${FOLDER}/${name(index)}`, Body: String(index) }));
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: 48 }, worker));
  console.log(`wrote ${COUNT} objects under public/${FOLDER}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  admin.destroy();
}, 600_000);

/** What the list shows: rows in the DOM, rows loaded, and the first and last key rendered. */
function listState(page: TestPage) {
  return page.evaluate(() => {
    const list = document.querySelector('[data-testid="file-list"]') as HTMLElement;
    const rows = [...list.querySelectorAll('li')] as HTMLElement[];
    return { state: list.dataset.state, prefix: list.dataset.prefix, loaded: Number(list.dataset.count), inDom: rows.length, first: rows[0]?.dataset.key, last: rows.at(-1)?.dataset.key };
  }, undefined);
}

describe.each(BROWSERS)('10,000 objects in the popup in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;

  beforeAll(async () => {
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack);
    await popup.waitForText('[data-testid="auth-state"]', 'Guest', 30_000);
  });
  afterAll(() => session?.close());

  it('shows the first page, loads more while scrolling, and keeps only a window of rows in the DOM', async () => {
    await popup.fill('[data-testid="filter"]', FOLDER);
    await popup.click(`[data-key="public/${FOLDER}/"] button.name`);
    await waitFor('the first page', async () => ((await listState(popup)).prefix === `public/${FOLDER}/` && (await listState(popup)).state === 'ready' ? true : undefined), 30_000);
    const first = await listState(popup);
    expect(first.loaded).toBeGreaterThanOrEqual(1000);
    expect(first.inDom).toBeLessThan(60);
    expect(first.first).toBe(`public/${FOLDER}/${name(0)}`);

    // Scroll to the end again and again, as a person dragging the scrollbar down would.
    let seenMaxInDom = first.inDom;
    const end = await waitFor('every page to load while scrolling', async () => {
      await popup.evaluate(() => {
        const scroller = document.querySelector('.scroller') as HTMLElement;
        scroller.scrollTop = scroller.scrollHeight;
      }, undefined);
      const state = await listState(popup);
      seenMaxInDom = Math.max(seenMaxInDom, state.inDom);
      return state.loaded === COUNT && state.last === `public/${FOLDER}/${name(COUNT - 1)}` ? state : undefined;
    }, 120_000);
    console.log(`[${kind}] ${end.loaded} rows loaded; at most ${seenMaxInDom} in the DOM`);
    expect(seenMaxInDom).toBeLessThan(60);
    expect(await popup.text('[data-testid="list-footer"]')).toContain('10000 items');
  });
});
