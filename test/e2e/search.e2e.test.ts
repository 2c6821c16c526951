/**
 * Searching the tree, in real Chromium and Firefox against the devstack: 10,000 keys in ten
 * folders; "Search all" from the popup finds the one match among every key (not only loaded
 * names), highlights it, cancels a long search part way, and opens a result's folder in Tote.
 * The objects are written by the bucket owner under `public/`, which a guest may list.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAxe, seriousViolations } from './harness/axe.ts';
import { clickRole, findRole, typeInto } from './harness/by-role.ts';
import { accountLine, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { removeObjects, writeObjects } from './harness/many-objects.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { fileList, listSays } from './harness/file-list.ts';

const stack = inject('devstack');
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const COUNT = 10_000;
const FOLDER = `search-${Date.now().toString(36)}`;
const path = (index: number) => `d${index % 10}/object-${String(index).padStart(5, '0')}.txt`;
const KEYS = Array.from({ length: COUNT }, (_, index) => `public/${FOLDER}/${path(index)}`);

beforeAll(() => writeObjects(stack, KEYS), 600_000);
afterAll(() => removeObjects(stack, KEYS));

describe.each(BROWSERS)('searching the tree in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let search: TestPage;
  const summary = () => search.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '', undefined);

  beforeAll(async () => {
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack);
    await accountLine(popup, 'Guest', 30_000);
  });
  afterAll(() => session?.close());

  it('finds the one match among 10,000 keys, highlighted, from the folder the popup shows', async () => {
    await typeInto(popup, 'Filter files by name', FOLDER);
    await clickRole(popup, 'button', `${FOLDER} (folder)`, { contains: true });
    await listSays(popup, 'd9', { name: 'Public files' });
    await clickRole(popup, 'button', 'Search all');
    search = await session.waitForPage((url) => url.includes('/search/index.html'));
    expect(await search.text('h1')).toBe(`Search public/${FOLDER}/`);
    await typeInto(search, 'Search every file under this folder', '07777');
    const started = Date.now();
    await clickRole(search, 'button', 'Search');
    const done = await waitFor('the search to finish', async () => ((await summary()).startsWith('Done.') ? summary() : undefined), 120_000);
    console.log(`[${kind}] searched ${COUNT} keys in ${Date.now() - started} ms: ${done}`);
    expect(done).toBe(`Done. 1 found in ${COUNT.toLocaleString('en-US')} keys.`);
    expect(
      await search.evaluate(
        () => [...document.querySelectorAll('.hits li')].map((row) => [row.querySelector('.path')?.textContent, row.querySelector('mark')?.textContent]),
        undefined,
      ),
    ).toEqual([['d7/object-07777.txt', '07777']]);
    await mkdir(ARTIFACTS, { recursive: true });
    await search.screenshot(join(ARTIFACTS, `search-${kind}.png`));
    const violations = seriousViolations(await runAxe(search));
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('cancels a long search part way', async () => {
    await typeInto(search, 'Search every file under this folder', 'object');
    await clickRole(search, 'button', 'Search');
    await waitFor('the first results', async () => (/ [1-9][\d,]* found/.test(await summary()) ? true : undefined), 60_000, 20);
    await clickRole(search, 'button', 'Cancel');
    const cancelled = await waitFor('the search to stop', async () => ((await summary()).startsWith('Searching') ? undefined : summary()));
    const [found, scanned] = [/([\d,]+) found/, /in ([\d,]+) keys/].map((count) => Number(count.exec(cancelled)?.[1]?.replace(/,/g, '')));
    expect(scanned).toBeLessThan(COUNT);
    // Where Cancel lands depends on how many listing pages had arrived: past 1,000 matches the page says it lists only those.
    const more = found! > 1000 ? ' Showing the first 1,000.' : '';
    expect(cancelled).toBe(`Cancelled. ${found!.toLocaleString('en-US')} found in ${scanned!.toLocaleString('en-US')} keys.${more}`);
    // Nothing more arrives once cancelled.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await summary()).toBe(cancelled);
  });

  it('opens the folder of a result in Tote', async () => {
    await typeInto(search, 'Search every file under this folder', '07777');
    await clickRole(search, 'button', 'Search');
    await clickRole(search, 'button', 'Open the folder of d7/object-07777.txt');
    const tote = await session.waitForPage((url) => url.includes('popup/index.html#folder='));
    await waitFor(
      'the folder to list',
      async () => ((await fileList(tote, 'Public files').evaluate((list) => list.dataset.prefix)) === `public/${FOLDER}/d7/` ? true : undefined),
      30_000,
    );
    // The list draws only the rows in view: find the file as a person would, with the filter.
    await typeInto(tote, 'Filter files by name', '07777');
    await findRole(tote, 'checkbox', 'Select object-07777.txt');
  });
});
