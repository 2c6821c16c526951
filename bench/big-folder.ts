/**
 * A folder of 10,000 objects, opened in the popup: ms from the popup's navigation start until
 * the first page is on screen (pages/list-mark.ts), and until the list has been scrolled to its
 * last row — the driver keeps the list scrolled to the bottom, a frame at a time, as a person
 * holding End would, and the popup loads each further page as the end comes near. The floor, in
 * the same browser and run: the bench-only page that lists the same folder with the SDK itself
 * (pages/floor.ts `?all=1`), page after page, appending every row (no windowing), timed to its
 * first page and to its last. The objects are put in Node with the stack's admin keys, once per
 * browser, and removed after.
 */
import { DeleteObjectsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '../devstack/test-support/clients.ts';
import type { BrowserKind, ExtensionSession, TestPage } from '../test/e2e/harness/types.ts';
import { waitForMark } from './lib/page-marks.ts';
import type { Row } from './lib/rows.ts';
import { BENCH_BROWSERS, type Benchmark, type BenchContext } from './lib/runner.ts';
import { ratio, summarise } from './lib/stats.ts';

const OBJECTS = 10_000;
const RUNS = 5;
const FOLDER = 'big/';
/** PUTs in flight while the folder is made. */
const PUTTING = 32;

const nameOf = (index: number) => `object-${String(index).padStart(5, '0')}.txt`;

async function inParallel(count: number, limit: number, each: (index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let index = next++; index < count; index = next++) await each(index);
    }),
  );
}

/** Keeps the popup's list scrolled to the bottom until its last row is there; returns when (ms from navigation start). */
function scrollToLastRow(page: TestPage): Promise<number> {
  return page.evaluate(async (total) => {
    const deadline = performance.now() + 120_000;
    for (;;) {
      const list = document.querySelector('ul.files');
      if (list?.querySelector(`li[data-index="${total - 1}"]`)) return performance.now();
      const scroller = document.querySelector('.scroller');
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
      if (performance.now() > deadline) throw new Error(`the list shows ${list?.getAttribute('data-count')} of ${total} rows`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, OBJECTS);
}

async function timeTote(session: ExtensionSession, folder: string): Promise<{ first: number; last: number }> {
  const popup = await session.openExtensionPage(`popup/index.html#folder=${encodeURIComponent(folder)}`);
  const first = Number(await waitForMark(popup, 'benchListedAt'));
  const last = await scrollToLastRow(popup);
  await popup.close();
  return { first, last };
}

async function timeFloor(session: ExtensionSession, path: string): Promise<{ first: number; last: number }> {
  const page = await session.openExtensionPage(path);
  const first = Number(await waitForMark(page, 'benchListedAt'));
  const last = Number(await waitForMark(page, 'benchAllListedAt', 120_000));
  await page.close();
  return { first, last };
}

async function measureIn(kind: BrowserKind, { stack, signedIn, browser }: BenchContext): Promise<Row[]> {
  const { session, popup, identityId } = await signedIn('bench-big-folder', await browser(kind));
  await popup.close();
  const admin = s3Client(stack, stack.s3Admin);
  const prefix = `private/${identityId}/${FOLDER}`;
  await inParallel(OBJECTS, PUTTING, (index) =>
    admin.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `${prefix}${nameOf(index)}`, Body: `${index}\n` })),
  );
  try {
    const floorPath = `bench/floor.html?${new URLSearchParams({ region: stack.region, endpoint: stack.s3.endpoint, bucket: stack.bucket, folder: FOLDER, all: '1' })}`;
    // The popup opens at a folder named as its links name it: the key template, not the resolved key.
    const folder = `private/\${identityId}/${FOLDER}`;
    await timeTote(session, folder); // warm-up, not counted
    const tote = { first: [] as number[], last: [] as number[] };
    const floor = { first: [] as number[], last: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      const mine = await timeTote(session, folder);
      const theirs = await timeFloor(session, floorPath);
      tote.first.push(mine.first);
      tote.last.push(mine.last);
      floor.first.push(theirs.first);
      floor.last.push(theirs.last);
    }
    const row = (name: string, samples: number[], baseline: number[]): Row => {
      const mine = summarise(samples);
      const theirs = summarise(baseline);
      return {
        benchmark: 'big-folder',
        name: `${name} (${kind})`,
        unit: 'ms from navigation start',
        tote: mine,
        baseline: { label: 'extension page listing every page with the SDK itself', value: theirs },
        ratio: ratio(mine.median, theirs.median),
      };
    };
    return [
      row(`popup open → first page of ${OBJECTS.toLocaleString('en')} objects on screen, warm worker`, tote.first, floor.first),
      row(`popup open → scrolled to the last of ${OBJECTS.toLocaleString('en')} rows`, tote.last, floor.last),
    ];
  } finally {
    for (let start = 0; start < OBJECTS; start += 1000) {
      const keys = Array.from({ length: Math.min(1000, OBJECTS - start) }, (_, offset) => ({ Key: `${prefix}${nameOf(start + offset)}` }));
      await admin.send(new DeleteObjectsCommand({ Bucket: stack.bucket, Delete: { Objects: keys, Quiet: true } }));
    }
    await session.close();
  }
}

async function measure(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const kind of BENCH_BROWSERS) rows.push(...(await measureIn(kind, context)));
  return rows;
}

export const bigFolder: Benchmark = { name: 'big-folder', needsStack: true, run: measure };
