/**
 * Files chosen in the popup's file picker reach S3 byte for byte (0 B to 64 MiB, across the
 * 5 MiB multipart boundary), and download links serve the same bytes as attachments.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accountLine, call, newUser, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { clickRole, isShown } from './harness/by-role.ts';
import { uploadsSay } from './harness/uploads.ts';
import { listSays } from './harness/file-list.ts';

const stack = inject('devstack');
const MiB = 1024 * 1024;
const SIZES = [0, 1, 5 * MiB - 1, 5 * MiB + 1, 64 * MiB];
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let folder: string;
const files: Array<{ name: string; path: string; digest: string; size: number }> = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tote-upload-'));
  for (const size of SIZES) {
    const bytes = randomBytes(size);
    const name = `file-${size}.bin`;
    await writeFile(join(folder, name), bytes);
    files.push({ name, path: join(folder, name), digest: sha256(bytes), size });
  }
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe.each(BROWSERS)('transfers in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let identityId: string;

  beforeAll(async () => {
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack);
    await signInThroughPopup(session, popup, stack, newUser(`transfer-${kind}`));
    await accountLine(popup, 'Signed in as', 30_000);
    const status = await call<{ identityId: string }>(popup, 'auth.status');
    if (!status.ok) throw new Error(status.error.message);
    identityId = status.value.identityId;
  });
  afterAll(() => session?.close());

  it('uploads files chosen in the popup; download links serve the same bytes as attachments', async () => {
    await popup.chooseFiles(
      'input[type="file"]',
      files.map((file) => file.path),
    );
    for (const file of files) await uploadsSay(popup, `${file.name}: uploaded`, 120_000);
    expect(await listSays(popup, 'file-67108864.bin')).toContain('64 MiB');
    // Read back through Tote's own download links: on RGW the bucket owner may not read objects
    // that an identity uploaded (object ownership), and only the user may read their folder.
    for (const file of files) {
      const link = await call<{ url: string }>(popup, 's3.presign', { key: `private/\${identityId}/${file.name}`, expiresInSeconds: 300, download: true });
      if (!link.ok) throw new Error(link.error.message);
      const response = await fetch(link.value.url);
      expect(response.headers.get('content-disposition')).toContain(`filename="${file.name}"`);
      expect(sha256(new Uint8Array(await response.arrayBuffer())), file.name).toBe(file.digest);
    }
    // Finished uploads leave the list when asked; the files stay in the bucket.
    await clickRole(popup, 'button', `Clear finished (${files.length})`);
    await waitFor('the finished uploads to leave the list', async () => ((await isShown(popup, 'region', 'Uploads')) ? undefined : true));
    expect(await call(popup, 'transfers.list')).toEqual({ ok: true, value: [] });
    expect(await listSays(popup, 'file-67108864.bin')).toContain('64 MiB');
  });

  it('previews a small file: its bytes reach the popup as a real ArrayBuffer', async () => {
    const file = files[1]!;
    const seen = await popup.evaluate(async (key) => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { bytes: unknown; contentType: string } }> } };
      const api = (globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
      const reply = await api.runtime.sendMessage({ tote: 'tote/1', name: 's3.get', request: { key } });
      const bytes = reply.value.bytes;
      return {
        ok: reply.ok,
        isArrayBuffer: bytes instanceof ArrayBuffer,
        hex: bytes instanceof ArrayBuffer ? [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('') : '',
      };
    }, `private/\${identityId}/${file.name}`);
    expect(seen.ok).toBe(true);
    expect(seen.isArrayBuffer).toBe(true);
    expect(createHash('sha256').update(Buffer.from(seen.hex, 'hex')).digest('hex')).toBe(file.digest);
  });
});
