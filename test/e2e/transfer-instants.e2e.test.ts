/**
 * An upload stopped at each instant that matters, in both browsers: the background (Chrome's
 * worker, Firefox's event page) is stopped while the proxy in front of S3 holds the upload at
 * that instant. Each must end done with identical bytes, no multipart upload left open, and
 * each part stored once, counted where S3 answered. And with nobody watching, an upload never
 * pauses: the longest silence between part bytes stays under Firefox's idle timeout.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListMultipartUploadsCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CountingProxy, Hold } from './harness/counting-proxy.ts';
import { FIREFOX_IDLE_TIMEOUT_MS } from './harness/firefox.ts';
import { call } from './harness/identity.ts';
import { BROWSERS } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { downloadDigest, signedInBehindProxy, type UploadBench } from './harness/uploads.ts';

const stack = inject('devstack');
const MiB = 1024 * 1024;
const PART = 8 * MiB;
/** Six parts, the last one short (four go at once). */
const SIZE = 5 * PART + 3 * MiB;
const PARTS = 6;
const IN_FLIGHT = 4;

interface Transfer {
  id: string;
  key: string;
  size: number;
  bytesDone: number;
  state: string;
  partAttempts: number;
  error?: { message: string };
}

/** Where the proxy holds the upload, and when it has got there. */
interface Instant {
  name: string;
  arrange(proxy: CountingProxy): { reached(object: string): boolean; hold: Hold };
}

const INSTANTS: Instant[] = [
  {
    name: 'before the first part',
    arrange(proxy) {
      const parts = proxy.hold('part', 'request');
      return { reached: () => parts.held() >= 1, hold: parts };
    },
  },
  {
    name: 'between parts',
    arrange(proxy) {
      // Parts 1 and 2 reach S3; the rest are held before S3 sees a byte of them.
      const later = proxy.hold('part', 'request', (number) => number > 2);
      return { reached: (object) => proxy.partsSent(object).size === 2 && later.held() >= 2, hold: later };
    },
  },
  {
    name: 'with parts in flight',
    arrange(proxy) {
      // Bodies paced at 4 MiB/s: S3 has stored parts 1 and 2 but their answers are held, parts
      // 3 and 4 are done, 5 and 6 are halfway through their bodies when the background stops.
      proxy.paceParts(4 * MiB);
      const answers = proxy.hold('part', 'answer', (number) => number <= 2);
      return { reached: (object) => answers.held() === 2 && proxy.partsSent(object).size === 4 && proxy.partsMidBody(object, 2 * MiB) === 2, hold: answers };
    },
  },
  {
    name: 'after the last part, before Complete',
    arrange(proxy) {
      const complete = proxy.hold('complete', 'request');
      return { reached: () => complete.held() >= 1, hold: complete };
    },
  },
  {
    name: 'after Complete, before Tote recorded it',
    arrange(proxy) {
      // S3 has completed the object; its answer never reaches the stopped background.
      const complete = proxy.hold('complete', 'answer');
      return { reached: () => complete.held() >= 1, hold: complete };
    },
  },
];

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tote-instants-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function localFile(name: string): Promise<{ name: string; path: string; digest: string }> {
  const bytes = randomBytes(SIZE);
  const path = join(folder, name);
  await writeFile(path, bytes);
  return { name, path, digest: createHash('sha256').update(bytes).digest('hex') };
}

async function transfer(page: TestPage, name: string): Promise<Transfer | undefined> {
  const reply = await call<Transfer[]>(page, 'transfers.list');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.find((t) => t.key.endsWith(`/${name}`));
}

async function instance(page: TestPage): Promise<string> {
  const reply = await call<{ instance: string }>(page, 'ping');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.instance;
}

/** Reads the transfer every 100 ms, as the popup's list would show it; paused while the background is being stopped. */
function watchTransfer(page: TestPage, name: string) {
  const seen: Transfer[] = [];
  let paused: Promise<void> | undefined;
  let ended = false;
  const loop = (async () => {
    while (!ended) {
      await paused;
      const current = await transfer(page, name).catch(() => undefined);
      if (current) seen.push(current);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  let resume = () => undefined as void;
  return {
    seen,
    /** Resolves once no read is outstanding. */
    async pause() {
      paused = new Promise<void>((resolve) => (resume = resolve));
      await new Promise((resolve) => setTimeout(resolve, 250));
    },
    resume: () => resume(),
    async end() {
      ended = true;
      resume();
      await loop;
    },
  };
}

/** The largest step back in progress between two reads. */
function largestStepBack(seen: Transfer[]): number {
  return seen.slice(1).reduce((largest, t, index) => Math.max(largest, (seen[index] as Transfer).bytesDone - t.bytesDone), 0);
}

describe.each(BROWSERS)('uploads stopped at every instant in %s', (kind) => {
  let bench: UploadBench;
  let session: ExtensionSession;
  let options: TestPage;
  let proxy: CountingProxy;
  const admin = new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });
  const measured: string[] = [];

  beforeAll(async () => {
    bench = await signedInBehindProxy(kind, stack, 'instants');
    ({ session, options, proxy } = bench);
  });
  afterAll(async () => {
    console.log(`[${kind}] ${measured.join('; ')}`);
    await bench?.close();
  });

  it.each(INSTANTS.map((instant, index) => [instant.name, instant, index] as const))(
    'finishes an upload stopped %s',
    async (_, instant, index) => {
      const file = await localFile(`instant-${index + 1}-${kind}.bin`);
      const at = instant.arrange(proxy);
      const popup = await session.openExtensionPage('popup/index.html');
      await popup.chooseFiles('input[type="file"]', [file.path]);
      const started = await waitFor('the upload to start', () => transfer(options, file.name), 30_000);
      await popup.close();
      const object = `${stack.bucket}/${started.key}`;
      const watch = watchTransfer(options, file.name);
      await waitFor(`the upload to be ${instant.name}`, async () => (at.reached(object) ? true : undefined), 60_000, 20);
      const before = await instance(options);

      await watch.pause();
      await session.stopBackground();
      // A browser that kept the stopped background's requests going would fail the counts below.
      await at.hold.clientsGone(5_000);
      at.hold.release();
      watch.resume(); // its next read starts a new background, which resumes the upload

      const done = await waitFor(
        'the resumed upload to finish',
        async () => {
          const current = await transfer(options, file.name);
          return current?.state === 'done' || current?.state === 'failed' ? current : undefined;
        },
        120_000,
      );
      await watch.end();
      proxy.paceParts(0);
      expect(done, done.error?.message).toMatchObject({ state: 'done', bytesDone: SIZE });

      expect(await instance(options)).not.toBe(before);
      // What a person sees: the popup's list says uploaded.
      const reopened = await session.openExtensionPage('popup/index.html');
      expect(await reopened.waitForText(`[data-name="${file.name}"]`, 'uploaded')).not.toContain('failed');
      await reopened.close();
      expect(watch.seen.filter((t) => t.state === 'failed')).toEqual([]);
      expect(largestStepBack(watch.seen)).toBeLessThanOrEqual(IN_FLIGHT * PART);
      expect(await downloadDigest(options, done.key)).toBe(file.digest);
      const open = await admin.send(new ListMultipartUploadsCommand({ Bucket: stack.bucket, Prefix: done.key }));
      expect(open.Uploads ?? []).toEqual([]);
      // Counted where S3 answered: one multipart upload, every part stored exactly once.
      const sent = proxy.partsSent(object);
      expect(proxy.uploadsOf(object)).toBe(1);
      expect([...sent.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: PARTS }, (_, i) => i + 1));
      expect([...sent.values()]).toEqual(Array.from({ length: PARTS }, () => 1));
      measured.push(
        `${instant.name}: ${[...sent.values()].reduce((a, b) => a + b, 0)} parts stored, ${proxy.partRequests(object)} part requests, progress back ≤ ${(largestStepBack(watch.seen) / MiB).toFixed(1)} MiB`,
      );
      expect(await call(options, 's3.delete', { keys: [done.key] })).toMatchObject({ ok: true, value: { deleted: 1 } });
    },
    180_000,
  );

  it('never pauses an upload nobody watches: no silence between part bytes as long as the idle timeout', async () => {
    const file = await localFile(`unwatched-${kind}.bin`);
    // 2 MiB/s per part: the upload lasts about 8 s, five times Firefox's idle timeout in tests.
    proxy.paceParts(2 * MiB);
    const popup = await session.openExtensionPage('popup/index.html');
    await popup.chooseFiles('input[type="file"]', [file.path]);
    const started = await waitFor('the upload to start', () => transfer(popup, file.name), 30_000);
    const before = await instance(popup);
    await popup.close();
    await options.close();
    const object = `${stack.bucket}/${started.key}`;
    // No page open, no message sent, until S3 has every part.
    await waitFor('every part to arrive', async () => (proxy.partsSent(object).size === PARTS ? true : undefined), 60_000, 50);
    proxy.paceParts(0);

    options = await session.openExtensionPage('options/index.html');
    const done = await waitFor('the upload to finish', async () => ((await transfer(options, file.name))?.state === 'done' ? true : undefined), 30_000);
    expect(done).toBe(true);
    expect(await instance(options)).toBe(before);
    const silence = proxy.longestSilence(object);
    measured.push(`unwatched upload: longest silence between part bytes ${silence} ms`);
    expect(silence).toBeLessThan(FIREFOX_IDLE_TIMEOUT_MS);
    expect([...proxy.partsSent(object).values()]).toEqual(Array.from({ length: PARTS }, () => 1));
    expect(await call(options, 's3.delete', { keys: [started.key] })).toMatchObject({ ok: true, value: { deleted: 1 } });
  }, 120_000);
});
