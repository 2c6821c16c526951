/**
 * Uploads the background owns: one finishes after the popup that started it was closed; one
 * interrupted by a forced background stop resumes from its last finished part; a cancelled one
 * leaves no multipart upload behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import { link, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListMultipartUploadsCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { call } from './harness/identity.ts';
import { BROWSERS } from './harness/launch.ts';
import type { CountingProxy } from './harness/counting-proxy.ts';
import { downloadDigest, signedInBehindProxy, type UploadBench, uploadsSay } from './harness/uploads.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { clickRole } from './harness/by-role.ts';
import { partSizeFor } from '../../background/transfers/part-size.ts';

const stack = inject('devstack');
const MiB = 1024 * 1024;

interface Transfer {
  id: string;
  key: string;
  size: number;
  bytesDone: number;
  state: string;
  partAttempts: number;
  multipart: boolean;
}

let folder: string;
const big = { name: 'big-256.bin', path: '', digest: '', size: 256 * MiB };
// Each test uploads its own name (the same bytes, hard-linked): the proxy counts parts per object,
// so one test's parts are never mistaken for another's.
const cancelled = { ...big, name: 'cancel-256.bin' };
const resumed = { ...big, name: 'resume-256.bin' };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tote-resume-'));
  const bytes = randomBytes(big.size);
  big.path = join(folder, big.name);
  big.digest = createHash('sha256').update(bytes).digest('hex');
  await writeFile(big.path, bytes);
  for (const file of [cancelled, resumed]) {
    file.path = join(folder, file.name);
    file.digest = big.digest;
    await link(big.path, file.path);
  }
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function transfers(page: TestPage): Promise<Transfer[]> {
  const reply = await call<Transfer[]>(page, 'transfers.list');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

describe.each(BROWSERS)('background uploads in %s', (kind) => {
  let bench: UploadBench;
  let session: ExtensionSession;
  let options: TestPage;
  let proxy: CountingProxy;

  beforeAll(async () => {
    bench = await signedInBehindProxy(kind, stack, 'resume');
    ({ session, options, proxy } = bench);
  });
  afterAll(() => bench?.close());

  it('finishes a 256 MiB upload after the popup that started it was closed', async () => {
    const popup = await session.openExtensionPage('popup/index.html');
    await popup.chooseFiles('input[type="file"]', [big.path]);
    await uploadsSay(popup, big.name, 30_000);
    await popup.close();
    const done = await waitFor(
      'the upload to finish',
      async () => (await transfers(options)).find((t) => t.key.endsWith(big.name) && t.state === 'done'),
      120_000,
    );
    expect(done).toMatchObject({ size: big.size, bytesDone: big.size, multipart: true });
    expect(await downloadDigest(options, done.key)).toBe(big.digest);
    expect(await call(options, 's3.delete', { keys: [done.key] })).toMatchObject({ ok: true, value: { deleted: 1 } });
    // Reopened, the popup shows it.
    const reopened = await session.openExtensionPage('popup/index.html');
    expect(await reopened.waitForText(`[data-name="${big.name}"]`, 'uploaded')).toContain(big.name);
    await reopened.close();
  });

  it('cancels an upload and leaves no multipart upload behind', async () => {
    // Each part's answer is held a second, so the upload is still going when Cancel is clicked.
    proxy.slowPartsBy(1_000);
    const popup = await session.openExtensionPage('popup/index.html');
    await popup.chooseFiles('input[type="file"]', [cancelled.path]);
    const running = await waitFor(
      'the upload to start',
      async () => (await transfers(options)).find((t) => t.state === 'running' && t.partAttempts > 0 && t.bytesDone < t.size),
      60_000,
    );
    await clickRole(popup, 'button', `Cancel upload of ${cancelled.name}`);
    await popup.waitForText(`[data-name="${cancelled.name}"][data-state="cancelled"]`, 'cancelled');
    expect((await transfers(options)).find((t) => t.id === running.id)).toMatchObject({ state: 'cancelled' });
    // S3 holds no unfinished multipart upload for that key (asked as the bucket's owner).
    const admin = new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });
    const pending = await admin.send(new ListMultipartUploadsCommand({ Bucket: stack.bucket, Prefix: running.key }));
    expect(pending.Uploads ?? []).toEqual([]);
    proxy.slowPartsBy(0);
    await popup.close();
  });

  it('cancels a small upload while its one PUT is on its way: it stays cancelled and nothing says it was uploaded', async () => {
    // The proxy holds the PUT before S3 sees a byte of it, until Cancel was clicked.
    const name = `cancel-small-${kind}.txt`;
    const path = join(folder, name);
    await writeFile(path, 'a small file, cancelled on its way');
    const held = proxy.hold('put-object', 'request');
    const popup = await session.openExtensionPage('popup/index.html');
    await popup.chooseFiles('input[type="file"]', [path]);
    await waitFor('the PUT to reach the proxy', async () => (held.held() > 0 ? true : undefined));
    await clickRole(popup, 'button', `Cancel upload of ${name}`);
    await popup.waitForText(`[data-name="${name}"][data-state="cancelled"]`, 'cancelled');
    await held.clientsGone(5_000);
    held.release();
    // A cancelled request taken for a finished one would be told at once; give it a moment to show.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const record = (await transfers(options)).find((t) => t.key.endsWith(`/${name}`));
    expect(record).toMatchObject({ state: 'cancelled', bytesDone: 0 });
    const shown = await call<{ message: string }[]>(options, 'dev.notifications');
    if (!shown.ok) throw new Error(shown.error.message);
    expect(shown.value.map((notification) => notification.message)).not.toContain(`${name} is in your files.`);
    expect(await call(options, 's3.exists', { keys: [`private/\${identityId}/${name}`] })).toMatchObject({ ok: true, value: { existing: [] } });
    await popup.close();
  });

  it('resumes an upload interrupted by a background stop without re-sending finished parts', async () => {
    // The background is stopped on demand mid-upload (Chromium: its worker; Firefox: its event
    // page, terminated as about:debugging does). The proxy holds each part's answer for a second,
    // so the upload (8 parts of 32 MiB, 4 at a time) is still going when it happens.
    const file = resumed;
    proxy.slowPartsBy(1_000);
    const popup = await session.openExtensionPage('popup/index.html');
    await popup.chooseFiles('input[type="file"]', [file.path]);
    // Two parts finished, counted where S3 answered them (progress also counts bytes in flight).
    const before = await waitFor(
      'two parts to finish',
      async () =>
        (await transfers(options)).find((t) => t.key.endsWith(file.name) && t.state === 'running' && proxy.partsSent(`${stack.bucket}/${t.key}`).size >= 2),
      60_000,
    );
    await popup.close();
    const instance = await call<{ instance: string }>(options, 'ping');
    // No extension page may stay open: a page listening for the background's broadcasts answers
    // each progress update, and in Firefox every answer keeps the event page awake.
    await options.close();
    await session.stopBackground();
    const object = `${stack.bucket}/${before.key}`;
    const finishedAtStop = proxy.partsSent(object);
    options = await session.openExtensionPage('options/index.html');
    const interrupted = (await transfers(options)).find((t) => t.id === before.id)!;
    const after = await call<{ instance: string }>(options, 'ping');
    expect(after.ok && instance.ok && after.value.instance).not.toBe(instance.ok && instance.value.instance);
    expect(interrupted.state).not.toBe('done');
    proxy.slowPartsBy(0);
    const done = await waitFor(
      'the resumed upload to finish',
      async () => (await transfers(options)).find((t) => t.id === before.id && t.state === 'done'),
      120_000,
    );
    const parts = Math.ceil(file.size / partSizeFor(file.size));
    expect(finishedAtStop.size).toBeGreaterThanOrEqual(2);
    // Counted at the server: every part arrived, and no part that had arrived before the stop was sent again.
    const sent = proxy.partsSent(object);
    expect([...sent.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: parts }, (_, i) => i + 1));
    for (const part of finishedAtStop.keys()) expect(sent.get(part), `part ${part}`).toBe(1);
    expect([...sent.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(parts + 4);
    expect(await downloadDigest(options, done.key)).toBe(file.digest);
    expect(await call(options, 's3.delete', { keys: [done.key] })).toMatchObject({ ok: true, value: { deleted: 1 } });
  }, 180_000);
});
