/**
 * The toolbar badge follows uploads with no popup open: the percent of bytes sent while one runs,
 * nothing once it is done, and a red "!" after a failure until the user opens the popup, kept
 * across a background restart. Read back through `action.getBadgeText` in both browsers.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBadge } from './harness/action-badge.ts';
import { call } from './harness/identity.ts';
import { BROWSERS } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import { signedInBehindProxy, startForbiddenUpload, type UploadBench, uploadsSay } from './harness/uploads.ts';

const stack = inject('devstack');
const MiB = 1024 * 1024;
/** Three parts of 8, 8 and 1 MiB (multipart above 16 MiB). */
const SIZE = 17 * MiB;
const RED = [197, 34, 31, 255];

interface Transfer {
  key: string;
  state: string;
  bytesDone: number;
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tote-badge-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe.each(BROWSERS)('the toolbar badge in %s', (kind) => {
  let bench: UploadBench;
  beforeAll(async () => {
    bench = await signedInBehindProxy(kind, stack, 'badge');
  });
  afterAll(() => bench?.close());

  const transfers = async () => {
    const reply = await call<Transfer[]>(bench.options, 'transfers.list');
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  };

  it('shows the percent of bytes sent while an upload runs with the popup closed, and clears when it is done', async () => {
    const path = join(folder, `badge-${kind}.bin`);
    await writeFile(path, randomBytes(SIZE));
    expect((await readBadge(bench.options)).text).toBe('');
    // Each part's answer waits at the proxy, so the upload lasts long enough to be read.
    bench.proxy.slowPartsBy(4_000);
    const popup = await bench.session.openExtensionPage('popup/index.html');
    await popup.chooseFiles('input[type="file"]', [path]);
    await waitFor('the upload to be handed to the background', async () => ((await transfers()).length > 0 ? true : undefined));
    await popup.close();

    const running = await waitFor('a percent on the badge', async () => {
      const badge = await readBadge(bench.options);
      return /^\d+%$/.test(badge.text) ? badge : undefined;
    });
    expect(running.color).not.toEqual(RED);
    // Parts 1 and 2 on the wire: at least 8 of 17 MiB (47%), never 100% while no part is answered.
    const percent = await waitFor('the bytes on the wire to show', async () => {
      const shown = Number.parseInt((await readBadge(bench.options)).text, 10);
      return shown >= 47 ? shown : undefined;
    });
    expect(percent).toBeLessThanOrEqual(99);
    expect(bench.proxy.partsAnswered()).toBe(0);
    bench.proxy.slowPartsBy(0);
    await waitFor('the upload to finish', async () => ((await transfers())[0]!.state === 'done' ? true : undefined), 60_000);
    expect(await waitFor('the badge to clear', async () => ((await readBadge(bench.options)).text === '' ? true : undefined))).toBe(true);
  }, 180_000);

  it('shows a red "!" after a failed upload until the popup is opened, and a background restart does not bring it back', async () => {
    // Another identity's folder: S3 refuses the PUT, and the upload fails.
    await startForbiddenUpload(bench.options, 'x.txt');
    await waitFor('the upload to fail', async () => ((await transfers()).some((t) => t.state === 'failed') ? true : undefined), 30_000);
    const failed = await waitFor('the "!" badge', async () => {
      const badge = await readBadge(bench.options);
      return badge.text === '!' ? badge : undefined;
    });
    expect(failed.color).toEqual(RED);
    // The options page shows no uploads: with it open, the "!" stays.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await readBadge(bench.options)).text).toBe('!');

    const popup = await bench.session.openExtensionPage('popup/index.html');
    await uploadsSay(popup, 'x.txt', 30_000);
    await waitFor('the badge to clear once the popup showed the failure', async () => ((await readBadge(bench.options)).text === '' ? true : undefined));
    await popup.close();

    await bench.session.stopBackground();
    expect((await call(bench.options, 'ping')).ok).toBe(true);
    // The restarted background redraws from the stored list and remembers the failure was seen.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await readBadge(bench.options)).text).toBe('');
  }, 90_000);
});
