/**
 * A long upload with nobody watching keeps the background running, at the browsers' real idle
 * timeouts (30 s in both): while an upload runs the background makes an extension API call a
 * second (background/transfers/keep-awake.ts), which resets both browsers' idle timers. Without
 * that, Firefox would suspend the event page mid-upload and the upload would stall until the next
 * watchdog alarm woke it. (transfer-instants.e2e.test.ts checks the same at a 1.5 s idle timeout.)
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { call } from './harness/identity.ts';
import { BROWSERS } from './harness/launch.ts';
import { signedInBehindProxy, type UploadBench, uploadsSay } from './harness/uploads.ts';
import type { TestPage } from './harness/types.ts';

const stack = inject('devstack');
const MiB = 1024 * 1024;
/** Firefox's default `extensions.background.idle.timeout`; Chrome's worker idle timeout is the same. */
const REAL_IDLE_TIMEOUT_MS = 30_000;

interface Transfer {
  key: string;
  state: string;
  partAttempts: number;
  size: number;
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tote-keep-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function backgroundInstance(page: TestPage): Promise<string> {
  const reply = await call<{ instance: string }>(page, 'ping');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.instance;
}

describe.each(BROWSERS)('a long upload in %s', (kind) => {
  let bench: UploadBench;
  beforeAll(async () => {
    bench = await signedInBehindProxy(kind, stack, 'keep', { firefoxIdleTimeoutMs: REAL_IDLE_TIMEOUT_MS });
  });
  afterAll(() => bench?.close());

  it('keeps the background running past the idle timeout, with no page open and no message sent', async () => {
    const path = join(folder, `keep-${kind}.bin`);
    await writeFile(path, randomBytes(64 * MiB));
    // 8 parts, 4 at a time, S3's answer to each held 25 s: the upload lasts 50 s or more.
    bench.proxy.slowPartsBy(25_000);
    const popup = await bench.session.openExtensionPage('popup/index.html');
    await popup.chooseFiles('input[type="file"]', [path]);
    await uploadsSay(popup, `keep-${kind}.bin`, 30_000);
    const before = await backgroundInstance(popup);
    await popup.close();
    await bench.options.close();

    // Silence: no extension page, no message, for longer than the idle timeout.
    await new Promise((resolve) => setTimeout(resolve, REAL_IDLE_TIMEOUT_MS + 25_000));

    const page = await bench.session.openExtensionPage('options/index.html');
    expect(await backgroundInstance(page)).toBe(before);
    const reply = await call<Transfer[]>(page, 'transfers.list');
    const upload = reply.ok ? reply.value.find((t) => t.key.endsWith(`/keep-${kind}.bin`)) : undefined;
    // Not a single part was sent twice: the upload was never interrupted and resumed.
    expect(upload).toMatchObject({ state: 'done', partAttempts: 8 });
    bench.proxy.slowPartsBy(0);
    await page.close();
  }, 150_000);
});
