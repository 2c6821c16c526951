/** Shared steps of the upload tests: a signed-in browser whose S3 traffic goes through a counting proxy. */
import { createHash } from 'node:crypto';
import type { StackDescription } from '../../../devstack/description.ts';
import { startCountingProxy, type CountingProxy } from './counting-proxy.ts';
import { call, newUser, signInThroughPopup, useDevstack } from './identity.ts';
import { launch, type LaunchOptions } from './launch.ts';
import type { BrowserKind, ExtensionSession, TestPage } from './types.ts';

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
  await popup.waitForText('[data-testid="auth-state"]', 'Signed in as', 30_000);
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
