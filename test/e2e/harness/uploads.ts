/** Shared steps of the upload tests: a signed-in browser whose S3 traffic goes through a counting proxy. */
import { createHash } from 'node:crypto';
import type { StackDescription } from '../../../devstack/description.ts';
import { startCountingProxy, type CountingProxy } from './counting-proxy.ts';
import { accountLine, call, newUser, signInThroughPopup, useDevstack } from './identity.ts';
import { launch, type LaunchOptions } from './launch.ts';
import type { BrowserKind, ExtensionSession, TestPage } from './types.ts';
import { findRole } from './by-role.ts';

export interface UploadBench {
  session: ExtensionSession;
  /** An extension page left open to watch transfers while popups come and go. */
  options: TestPage;
  proxy: CountingProxy;
  close(): Promise<void>;
}

/** Launches `kind` with Tote signed in as a new user, S3 reached through a counting proxy. */
export async function signedInBehindProxy(kind: BrowserKind, stack: StackDescription, label: string, launchOptions: LaunchOptions = {}): Promise<UploadBench> {
  const proxy = await startCountingProxy(stack.s3.endpoint);
  const session = await launch(kind, launchOptions);
  const popup = await session.openExtensionPage('popup/index.html');
  await useDevstack(popup, stack, { s3: { endpoint: proxy.endpoint, forcePathStyle: true } });
  await signInThroughPopup(session, popup, stack, newUser(`${label}-${kind}`));
  await accountLine(popup, 'Signed in as', 30_000);
  await popup.close();
  const options = await session.openExtensionPage('options/index.html');
  return {
    session,
    options,
    proxy,
    async close() {
      await session.close();
      await proxy.close();
    },
  };
}

/** sha256 of an object as Tote's own download link serves it (RGW's bucket owner cannot read identities' objects). */
export async function downloadDigest(page: TestPage, key: string): Promise<string> {
  const link = await call<{ url: string }>(page, 's3.presign', { key, expiresInSeconds: 300 });
  if (!link.ok) throw new Error(link.error.message);
  const response = await fetch(link.value.url);
  return createHash('sha256')
    .update(new Uint8Array(await response.arrayBuffer()))
    .digest('hex');
}

/** Starts, from an extension page, an upload into another identity's folder: S3 refuses it, so it fails. */
export async function startForbiddenUpload(page: TestPage, name: string): Promise<void> {
  const reply = await page.evaluate(async (fileName) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: { message: string } }> } };
    const api = (globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
    const body = new Blob(['not yours'], { type: 'text/plain' });
    const key = `private/us-east-1:00000000-0000-0000-0000-000000000000/${fileName}`;
    return api.runtime.sendMessage({ tote: 'tote/1', name: 'transfers.start', request: { key, body } });
  }, name);
  if (!reply.ok) throw new Error(`transfers.start was refused: ${reply.error?.message}`);
}

/** Waits until the popup's list of uploads (the region "Uploads") says `expected`; answers all it says. */
export async function uploadsSay(page: TestPage, expected: string, timeoutMs = 15_000): Promise<string> {
  return page.waitForText(await findRole(page, 'region', 'Uploads', { timeoutMs }), expected, timeoutMs);
}
