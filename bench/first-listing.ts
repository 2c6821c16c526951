/**
 * Popup open → first listing rendered, in ms from the popup's navigation start
 * (`performance.now()` when the list is on screen, recorded by pages/list-mark.ts), with the
 * worker warm and with it stopped. The floor: a bench-only extension page (pages/floor.ts) that
 * calls ListObjectsV2 itself with the credentials the background holds and renders the keys,
 * timed the same way, opened in the same state as the popup it is compared with: with the worker
 * running for the warm row, and with it stopped for the stopped rows. (In Chromium a stopped
 * worker was often the extension's last live part, so the next page of the extension waits for
 * a new renderer process — ~40 ms here — whoever opens it; the floor page reads the credentials
 * from `storage.session` and never wakes the worker.) Runs interleave, so load from elsewhere
 * falls on all alike. Each browser the bench drives (lib/runner.ts, BENCH_BROWSERS) is measured
 * against its own floors.
 */
import { call } from '../test/e2e/harness/identity.ts';
import type { ExtensionSession } from '../test/e2e/harness/types.ts';
import { waitForMark } from './lib/page-marks.ts';
import { BENCH_BROWSERS, type Benchmark, type BenchContext } from './lib/runner.ts';
import type { BrowserKind } from '../test/e2e/harness/types.ts';
import type { Row } from './lib/rows.ts';
import { ratio, summarise } from './lib/stats.ts';

const RUNS = 7;
const FILES = 20;

/** When a listing was first on screen (the kept copy counts) and when the fresh one was. */
async function openAndTime(session: ExtensionSession, path: string, keepWarm: boolean): Promise<{ shown: number; fresh: number }> {
  const page = await session.openExtensionPage(path);
  const fresh = Number(await waitForMark(page, 'benchListedAt'));
  const shown = Number((await page.evaluate(() => document.documentElement.dataset.benchShownAt, undefined)) ?? fresh);
  // A message before closing keeps the worker's idle timer fresh for the next warm run.
  if (keepWarm) await call(page, 'ping');
  await page.close();
  return { shown, fresh };
}

async function measureIn(kind: BrowserKind, { stack, signedIn, browser }: BenchContext): Promise<Row[]> {
  const { session, popup } = await signedIn('bench-listing', await browser(kind));
  // A folder with some files in it, so both sides render a real list.
  await popup.evaluate(async (count) => {
    type Api = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: { message: string } }> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = scope.browser ?? scope.chrome;
    for (let index = 0; index < count; index++) {
      const body = new Blob([`file ${index}\n`], { type: 'text/plain' });
      const reply = await api.runtime.sendMessage({ tote: 'tote/1', name: 's3.put', request: { key: `private/\${identityId}/listing-${index}.txt`, body } });
      if (!reply.ok) throw new Error(reply.error?.message);
    }
  }, FILES);
  await popup.close();

  const floorPath = `bench/floor.html?${new URLSearchParams({ region: stack.region, endpoint: stack.s3.endpoint, bucket: stack.bucket })}`;
  const warm: number[] = [];
  const stopped: number[] = [];
  const stoppedShown: number[] = [];
  const floor: number[] = [];
  const stoppedFloor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await session.stopBackground();
    stoppedFloor.push((await openAndTime(session, floorPath, false)).fresh);
    await openAndTime(session, 'popup/index.html', true); // wakes the worker, not counted
    warm.push((await openAndTime(session, 'popup/index.html', true)).fresh);
    floor.push((await openAndTime(session, floorPath, false)).fresh);
    await session.stopBackground();
    const cold = await openAndTime(session, 'popup/index.html', true);
    stopped.push(cold.fresh);
    stoppedShown.push(cold.shown);
  }
  const floors = {
    warm: { label: 'extension page calling ListObjectsV2 itself', value: summarise(floor) },
    stopped: { label: 'the same page opened on a stopped worker', value: summarise(stoppedFloor) },
  };
  const row = (name: string, samples: number[], against: keyof typeof floors, target?: number): Row => {
    const tote = summarise(samples);
    const baseline = floors[against];
    const r = ratio(tote.median, baseline.value.median);
    return {
      benchmark: 'first-listing',
      name: `${name} (${kind})`,
      unit: 'ms from navigation start',
      tote,
      baseline,
      ratio: r,
      ...(target === undefined ? {} : { target: `≤ ${target} × floor`, met: r <= target }),
    };
  };
  await session.close();
  return [
    row('popup open → list rendered, warm worker', warm, 'warm', 1.3),
    row('popup open → kept listing on screen, stopped worker', stoppedShown, 'stopped', 1.0),
    row('popup open → fresh list rendered, stopped worker', stopped, 'stopped', 1.5),
    // The stopped rows against the warm floor too, as earlier runs reported them.
    row('popup open → kept listing on screen, stopped worker, against the warm floor', stoppedShown, 'warm'),
  ];
}

async function measure(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const kind of BENCH_BROWSERS) rows.push(...(await measureIn(kind, context)));
  return rows;
}

export const firstListing: Benchmark = { name: 'first-listing', needsStack: true, run: measure };
