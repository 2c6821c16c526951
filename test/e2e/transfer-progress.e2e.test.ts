/**
 * Uploads while things change under them: AWS credentials renewed between parts without failing
 * the upload, and progress that moves byte by byte where the browser can report it (Firefox).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { call, cognitoStats, readAllStorage, resetCognitoStats } from './harness/identity.ts';
import { BROWSERS } from './harness/launch.ts';
import type { CountingProxy } from './harness/counting-proxy.ts';
import { downloadDigest, signedInBehindProxy, type UploadBench } from './harness/uploads.ts';
import { waitFor } from './harness/process.ts';
import { partSizeFor } from '../../background/transfers/part-size.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

const stack = inject('devstack');
const MiB = 1024 * 1024;
const PART = 8 * MiB;

interface Transfer {
  id: string;
  key: string;
  size: number;
  bytesDone: number;
  state: string;
  partAttempts: number;
}
interface LocalFile {
  name: string;
  path: string;
  digest: string;
  size: number;
}

let folder: string;

async function localFile(name: string, size: number): Promise<LocalFile> {
  const bytes = randomBytes(size);
  const path = join(folder, name);
  await writeFile(path, bytes);
  return { name, path, size, digest: createHash('sha256').update(bytes).digest('hex') };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tote-progress-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function transfer(page: TestPage, name: string): Promise<Transfer | undefined> {
  const reply = await call<Transfer[]>(page, 'transfers.list');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.find((t) => t.key.endsWith(`/${name}`));
}

describe.each(BROWSERS)('uploads under change in %s', (kind) => {
  let bench: UploadBench;
  let session: ExtensionSession;
  let options: TestPage;
  let proxy: CountingProxy;

  beforeAll(async () => {
    bench = await signedInBehindProxy(kind, stack, 'progress');
    ({ session, options, proxy } = bench);
  });
  afterAll(() => bench?.close());

  it('renews AWS credentials mid-upload and finishes without a failed or re-sent part', async () => {
    const file = await localFile(`renew-${kind}.bin`, 128 * MiB);
    // The stored credentials (really valid for 15 minutes or more) are made to run into the
    // 5-minute renewal margin 2 s from now: S3 clients take that expiry when they first ask,
    // and ask again once it is near, in the middle of this upload (8 parts of 16 MiB, 4 at a
    // time, each answer held 3 s: the second four are signed after the margin is reached).
    await options.evaluate(
      async (expiresAt) => {
        const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
          storage: { session: { get(k: string): Promise<Record<string, { expiration: number }>>; set(v: unknown): Promise<void> } };
        };
        const { credentials } = await api.storage.session.get('credentials');
        await api.storage.session.set({ credentials: { ...credentials, expiration: expiresAt } });
      },
      Date.now() + 5 * 60_000 + 2_000,
    );
    const before = (await readAllStorage(options)).session as { credentials: { accessKeyId: string } };
    await resetCognitoStats(stack);
    proxy.slowPartsBy(3_000);

    const popup = await session.openExtensionPage('popup/index.html');
    await popup.chooseFiles('input[type="file"]', [file.path]);
    const done = await waitFor(
      'the upload to finish',
      async () => {
        const current = await transfer(options, file.name);
        if (current?.state === 'failed') throw new Error(`upload failed: ${JSON.stringify(current)}`);
        return current?.state === 'done' ? current : undefined;
      },
      120_000,
    );
    proxy.slowPartsBy(0);
    await popup.close();

    const after = (await readAllStorage(options)).session as { credentials: { accessKeyId: string; expiration: number } };
    expect(after.credentials.accessKeyId).not.toBe(before.credentials.accessKeyId);
    expect(after.credentials.expiration).toBeGreaterThan(Date.now() + 10 * 60_000);
    // One renewal for all parts in flight (single flight), and the upload never noticed.
    expect(await cognitoStats(stack)).toMatchObject({ GetId: 0, GetCredentialsForIdentity: 1, errors: 0 });
    expect(done.partAttempts).toBe(file.size / partSizeFor(file.size));
    expect(await downloadDigest(options, done.key)).toBe(file.digest);
    expect(await call(options, 's3.delete', { keys: [done.key] })).toMatchObject({ ok: true, value: { deleted: 1 } });
  }, 180_000);

  it('counts bytes as they leave, not only when a part has finished', async () => {
    const file = await localFile(`progress-${kind}.bin`, 3 * PART);
    // S3's answers to parts are held 1.5 s: whatever progress shows beyond the parts answered
    // was counted from the bytes leaving the browser (XHR upload progress: Firefox's event page
    // directly, Chrome's worker through its offscreen relay).
    proxy.slowPartsBy(1_500);
    const answeredBefore = proxy.partsAnswered();
    const popup = await session.openExtensionPage('popup/index.html');
    await popup.chooseFiles('input[type="file"]', [file.path]);
    const seen: number[] = [];
    const ahead: number[] = [];
    const done = await waitFor(
      'the upload to finish',
      async () => {
        const current = await transfer(options, file.name);
        // Read after the transfer: the answered count can only have grown since.
        const answered = proxy.partsAnswered() - answeredBefore;
        if (current?.state === 'running') {
          seen.push(current.bytesDone);
          if (current.bytesDone > answered * PART) ahead.push(current.bytesDone - answered * PART);
        }
        return current?.state === 'done' ? current : undefined;
      },
      120_000,
      50,
    );
    proxy.slowPartsBy(0);
    await popup.close();

    expect(ahead.length, `progress seen: ${seen.join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(done.bytesDone).toBe(file.size);
    expect(await downloadDigest(options, done.key)).toBe(file.digest);
    expect(await call(options, 's3.delete', { keys: [done.key] })).toMatchObject({ ok: true, value: { deleted: 1 } });
  }, 180_000);
});
