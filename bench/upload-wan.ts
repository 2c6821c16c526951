/**
 * Uploads over a wide-area link made on this machine (lib/wan-link.ts, wan/link.py): the S3
 * endpoint is reached through an emulated link of about 40 ms round trip and 100 Mbit/s each way,
 * once clean and once losing 0.1 % of packets at random — the path where one connection stays
 * below the link (TCP cuts its window at each loss) and S3's guidance to send parts in parallel
 * pays. Per run, interleaved, the same file from the same browser: Tote from the popup's file
 * picker until `transfers.list` says done; one `fetch` PUT to a presigned URL from an extension
 * page (pages/file-put.ts); and `@aws-sdk/lib-storage`'s `Upload` with its defaults, run in the
 * background (pages/lib-storage-worker.ts) with the file chosen in an extension page. MiB/s,
 * higher is better. Then 1 GiB once, with Tote, on the lossy link. The senders' congestion
 * control on the link is CUBIC (what Windows, macOS and Linux desktops use), whatever this
 * machine's default.
 */
import { link, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { s3Client } from '../devstack/test-support/clients.ts';
import { call } from '../test/e2e/harness/identity.ts';
import type { BrowserKind, TestPage } from '../test/e2e/harness/types.ts';
import { waitForMark } from './lib/page-marks.ts';
import type { Row } from './lib/rows.ts';
import { BENCH_BROWSERS, type Benchmark, type BenchContext } from './lib/runner.ts';
import { pairedRatio, ratio, summarise } from './lib/stats.ts';
import { MiB, untilDone, writeRandomFile } from './lib/uploads.ts';
import { startWanLink, wanUnavailable, type WanProfile } from './lib/wan-link.ts';

const RUNS = 5;
const BIG_MIB = 1024;

interface Profile extends WanProfile {
  sizeMib: number;
  /** The 1 GiB upload runs on this profile. */
  big: boolean;
}

// 64 MiB each: the row writes about 3 GiB per browser, and the devstack's memstore OSD (8 GiB)
// does not get back the space of deleted objects within a run.
const PROFILES: Profile[] = [
  { label: '40 ms, 100 Mbit/s', roundTripMs: 40, mbit: 100, loss: 0, sizeMib: 64, big: false },
  { label: '40 ms, 100 Mbit/s, 0.1 % loss', roundTripMs: 40, mbit: 100, loss: 0.001, sizeMib: 64, big: true },
];

/** Tote's upload of `path` from the popup's file picker, in seconds; the object is deleted after. */
async function toteUpload(popup: TestPage, path: string, name: string): Promise<number> {
  const started = performance.now();
  const done = untilDone(popup, name);
  await popup.chooseFiles('input[type="file"]', [path]);
  await done;
  const seconds = (performance.now() - started) / 1000;
  const removed = await call(popup, 's3.delete', { keys: [`private/\${identityId}/${name}`] });
  if (!removed.ok) throw new Error(removed.error.message);
  return seconds;
}

async function measureProfile(kind: BrowserKind, profile: Profile, context: BenchContext, folder: string): Promise<Row[]> {
  const { stack, signedIn, browser, log } = context;
  // Names of this profile's files and objects: both profiles may upload the same size.
  const tag = `${kind}-${profile.loss > 0 ? 'lossy' : 'clean'}-${profile.sizeMib}`;
  const wan = await startWanLink(profile, stack.s3.endpoint);
  const overWan = { ...stack, s3: { ...stack.s3, endpoint: wan.endpoint } };
  const presigner = s3Client(overWan, stack.s3Admin);
  const admin = s3Client(stack, stack.s3Admin);
  try {
    const source = join(folder, `source-${tag}.bin`);
    await writeRandomFile(source, profile.sizeMib * MiB);
    const { popup, session, identityId } = await signedIn('bench-wan', await browser(kind, { libStorage: true }), {
      s3: { endpoint: wan.endpoint, forcePathStyle: true },
    });
    const putPage = await session.openExtensionPage('bench/file-put.html');
    await waitForMark(putPage, 'benchReady');
    const settings = new URLSearchParams({ region: stack.region, bucket: stack.bucket, endpoint: wan.endpoint });
    const libPage = await session.openExtensionPage(`bench/lib-storage-put.html?${settings}`);
    await waitForMark(libPage, 'benchReady');

    const tote: number[] = [];
    const onePut: number[] = [];
    const libStorage: number[] = [];
    const perSecond = (seconds: number) => profile.sizeMib / seconds;
    for (let run = 0; run < RUNS; run++) {
      // The same bytes under new names each run (hard links), so every upload is a new object.
      const path = join(folder, `wan-${tag}-${run}.bin`);
      await link(source, path);
      tote.push(perSecond(await toteUpload(popup, path, `wan-${tag}-${run}.bin`)));

      const putKey = `bench/wan-put-${tag}-${run}.bin`;
      await putPage.chooseFiles('[data-testid="bench-file"]', [path]);
      const url = await getSignedUrl(presigner, new PutObjectCommand({ Bucket: stack.bucket, Key: putKey }), { expiresIn: 3600 });
      const putMs = await putPage.evaluate((presigned) => (globalThis as unknown as { benchPut(url: string): Promise<number> }).benchPut(presigned), url);
      onePut.push(perSecond(putMs / 1000));
      await admin.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: putKey }));

      const libName = `wan-lib-${tag}-${run}.bin`;
      await libPage.chooseFiles('[data-testid="bench-file"]', [path]);
      const libMs = await libPage.evaluate(
        (name) => (globalThis as unknown as { benchLibStorage(name: string): Promise<number> }).benchLibStorage(name),
        libName,
      );
      libStorage.push(perSecond(libMs / 1000));
      await admin.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: `private/${identityId}/${libName}` }));
      log(
        `WAN ${profile.label}, run ${run + 1}/${RUNS} (${kind}): Tote ${tote.at(-1)?.toFixed(1)} MiB/s, one fetch PUT ${onePut.at(-1)?.toFixed(1)}, lib-storage ${libStorage.at(-1)?.toFixed(1)}`,
      );
    }
    const linkMiBs = (profile.mbit * 1e6) / 8 / MiB;
    const toteSummary = summarise(tote);
    const putSummary = summarise(onePut);
    const libSummary = summarise(libStorage);
    const aboveLink = 1.5 * putSummary.median > linkMiBs;
    const rows: Row[] = [
      {
        benchmark: 'upload-wan',
        name: `${profile.sizeMib} MiB over ${profile.label}, against one PUT (${kind})`,
        unit: 'MiB/s',
        tote: toteSummary,
        baseline: { label: 'one fetch PUT to a presigned URL from an extension page', value: putSummary },
        ratio: ratio(toteSummary.median, putSummary.median),
        target: '≥ 1.5 × one PUT',
        met: toteSummary.median >= 1.5 * putSummary.median,
        note: `each run against the PUT beside it: median ${pairedRatio(tote, onePut)}×; the link carries at most ${linkMiBs.toFixed(1)} MiB/s${aboveLink ? ', less than 1.5 × one PUT: no sender can meet the target here' : ''}`,
      },
      {
        benchmark: 'upload-wan',
        name: `${profile.sizeMib} MiB over ${profile.label}, against lib-storage (${kind})`,
        unit: 'MiB/s',
        tote: toteSummary,
        baseline: { label: "@aws-sdk/lib-storage's Upload, its defaults (5 MiB parts, 4 at once), in the background", value: libSummary },
        ratio: ratio(toteSummary.median, libSummary.median),
        target: '≥ 1.0 × lib-storage',
        met: toteSummary.median >= libSummary.median,
        note: `same runs as the row above; each run against the lib-storage run beside it: median ${pairedRatio(tote, libStorage)}×`,
      },
    ];
    if (profile.big) {
      const path = join(folder, `wan-1gib-${kind}.bin`);
      await writeRandomFile(path, BIG_MIB * MiB);
      const seconds = await toteUpload(popup, path, `wan-1gib-${kind}.bin`);
      await rm(path);
      log(`WAN ${profile.label}, 1 GiB (${kind}): Tote ${(BIG_MIB / seconds).toFixed(1)} MiB/s`);
      rows.push({
        benchmark: 'upload-wan',
        name: `1 GiB over ${profile.label}, once (${kind})`,
        unit: 'MiB/s',
        tote: BIG_MIB / seconds,
        baseline: { label: `one fetch PUT of ${profile.sizeMib} MiB, median of the runs above`, value: putSummary.median },
        ratio: ratio(BIG_MIB / seconds, putSummary.median),
        note: `one run (${seconds.toFixed(0)} s); a 1 GiB single PUT on this link would take minutes more`,
      });
    }
    await session.close();
    return rows;
  } finally {
    presigner.destroy();
    admin.destroy();
    await wan.stop();
  }
}

async function measure(context: BenchContext): Promise<Row[]> {
  const unavailable = wanUnavailable();
  if (unavailable !== undefined) {
    context.log(`upload-wan not measured: the emulated link ${unavailable}`);
    return [];
  }
  const folder = await mkdtemp(join(tmpdir(), 'tote-bench-wan-'));
  try {
    const rows: Row[] = [];
    for (const kind of BENCH_BROWSERS) for (const profile of PROFILES) rows.push(...(await measureProfile(kind, profile, context, folder)));
    return rows;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export const uploadWan: Benchmark = { name: 'upload-wan', needsStack: true, run: measure };
