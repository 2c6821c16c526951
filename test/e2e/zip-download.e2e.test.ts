/**
 * "Download as .zip" as a person does it, in real Chromium and Firefox against the devstack:
 * choose a folder tree (nested folders, an empty folder, binary files) and a loose file, download
 * them as one archive, and unzip it here: every file byte for byte at its path below the folder
 * the items were chosen in. Cancel, with S3 holding the first object's answer, saves nothing.
 * Firefox writes the archive into a file of the extension's Origin Private File System as it is
 * made: the tests read that folder from the extension's pages to see the file there while it is
 * needed and gone after (a tab closed, a Cancel, a run that was killed); Chrome never uses it.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RANGE_BYTES } from '../../zip/object-ranges.ts';
import { clickRole } from './harness/by-role.ts';
import { call } from './harness/identity.ts';
import { BROWSERS } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { CountingProxy } from './harness/counting-proxy.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { signedInBehindProxy, type UploadBench } from './harness/uploads.ts';

const stack = inject('devstack');
const TREE: Record<string, Buffer> = {
  'album/one.txt': Buffer.from('the first file\n'),
  // Three ranged reads (zip/object-ranges.ts), the last one short; and an empty file, which has no range.
  'album/photo.bin': randomBytes(2 * RANGE_BYTES + 17),
  'album/nothing.txt': Buffer.alloc(0),
  'album/sub/two.bin': randomBytes(300 * 1024),
  'album/sub/deeper/three.bin': randomBytes(1024),
  'album/empty/': Buffer.alloc(0),
  'loose.bin': randomBytes(4096),
  'left-out.txt': Buffer.from('not chosen'),
};
const isZipPage = (url: string) => url.includes('/zip/index.html');

/** Files in the zip page's scratch folder (zip/scratch-folder.ts), read from any of Tote's pages. */
const scratchFiles = (page: TestPage) =>
  page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('zip-archives').catch(() => undefined);
    const files: { name: string; size: number }[] = [];
    if (folder) for await (const [name, handle] of folder.entries()) files.push({ name, size: handle.kind === 'file' ? (await handle.getFile()).size : -1 });
    return files;
  }, undefined);

/** What a zip page killed mid-write leaves behind: a file no live page holds. */
const leaveLeftover = (page: TestPage) =>
  page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('zip-archives', { create: true });
    const writable = await (await folder.getFileHandle(`${crypto.randomUUID()}.zip`, { create: true })).createWritable();
    await writable.write(new Uint8Array(1000));
    await writable.close();
  }, undefined);

describe.each(BROWSERS)('download as .zip in %s', (kind) => {
  let bench: UploadBench;
  let session: ExtensionSession;
  let proxy: CountingProxy;
  let popup: TestPage;

  /** The saved files in the downloads folder, by name, once none is still being written. */
  const saved = async () => (await readdir(session.downloadDir)).filter((name) => !/\.(crdownload|part)$/.test(name));

  beforeAll(async () => {
    bench = await signedInBehindProxy(kind, stack, 'zip');
    ({ session, proxy } = bench);
    const status = await call<{ identityId: string }>(bench.options, 'auth.status');
    if (!status.ok) throw new Error(status.error.message);
    const own = `private/${status.value.identityId}/`;
    const admin = new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });
    for (const [name, body] of Object.entries(TREE)) await admin.send(new PutObjectCommand({ Bucket: stack.bucket, Key: own + name, Body: body }));
    admin.destroy();
    popup = await session.openExtensionPage('popup/index.html');
    await popup.find({ role: 'checkbox', name: 'Select album' }).click();
    await popup.find({ role: 'checkbox', name: 'Select loose.bin' }).click();
  }, 120_000);
  afterAll(() => bench?.close());

  it('saves the chosen folder tree and file as one archive, byte for byte at their paths', async () => {
    await leaveLeftover(popup);
    await clickRole(popup, 'button', 'Download as .zip');
    const page = await session.waitForPage(isZipPage);
    await page.find({ text: 'You can close this tab.' }).box();
    expect(await page.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '', undefined)).toMatch(/^Saved My files\.zip: 6 of 6 files, /);
    // Firefox: the leftover is gone, and the one file there is the archive the download reads.
    const scratch = await scratchFiles(page);
    const bytes = await waitFor(
      'My files.zip to be saved',
      async () => ((await saved()).includes('My files.zip') ? readFile(join(session.downloadDir, 'My files.zip')) : undefined),
      30_000,
    );
    expect(scratch.map(({ size }) => size)).toEqual(kind === 'firefox' ? [bytes.length] : [1000]);
    const archive = await JSZip.loadAsync(bytes);
    const entries = Object.keys(archive.files).sort();
    const chosen = Object.keys(TREE).filter((name) => name !== 'left-out.txt');
    // JSZip lists the folders an entry's path implies as well: compare files and the empty folder.
    expect(entries.filter((name) => !name.endsWith('/') || name === 'album/empty/')).toEqual(chosen.sort());
    for (const name of chosen.filter((n) => !n.endsWith('/'))) {
      const body = Buffer.from(await (archive.file(name) as JSZip.JSZipObject).async('uint8array'));
      expect(body.equals(TREE[name] as Buffer), name).toBe(true);
    }
    await page.close();
    // Closing the zip page removes its archive; Chrome never wrote one, so the leftover stays there.
    await waitFor('the scratch folder to settle', async () => ((await scratchFiles(popup)).length === (kind === 'firefox' ? 0 : 1) ? true : undefined), 10_000);
  });

  it('Cancel stops the archive, saves nothing and leaves no partial file, beside another archive in the making', async () => {
    const before = await saved();
    const scratchBefore = await scratchFiles(popup);
    const held = proxy.hold('get-object', 'answer');
    await clickRole(popup, 'button', 'Download as .zip');
    const first = await session.waitForPage(isZipPage);
    await waitFor('S3 to hold the first object', async () => (held.held() >= 1 ? true : undefined), 30_000);
    // A second zip page, started while the first writes, clears leftovers: the first one's file is no leftover.
    const second = await session.openExtensionPage(await first.evaluate(() => location.pathname.slice(1) + location.hash, undefined));
    await waitFor("S3 to hold the second archive's first object", async () => (held.held() >= 2 ? true : undefined), 30_000);
    expect((await scratchFiles(popup)).length).toBe(kind === 'firefox' ? 2 : scratchBefore.length);
    for (const page of [first, second]) {
      await page.find({ role: 'button', name: 'Cancel' }).click();
      await page.find({ text: 'Cancelled. Nothing was saved.' }).box();
    }
    // The partial files are gone by the time the pages say Cancelled.
    expect(await scratchFiles(popup)).toEqual(scratchBefore);
    held.release();
    // Long enough for a save that was wrongly started to show up in the downloads folder.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await saved()).toEqual(before);
    for (const page of [first, second]) {
      expect(await page.find({ role: 'button', name: 'Cancel' }).evaluate((button) => (button as HTMLButtonElement).disabled)).toBe(true);
      await page.close();
    }
  });
});
