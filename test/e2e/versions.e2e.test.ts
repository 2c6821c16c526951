/**
 * Versions as a person uses them, in real Chromium and Firefox against the devstack's versioned
 * bucket: the viewer lists a file's versions (the latest marked), downloads an earlier one and
 * restores one; a delete in the popup offers Undo, and Undo brings the files back as they were.
 * With versioning suspended the delete dialog says it cannot be undone and offers no Undo.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutBucketVersioningCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickRole, findRole } from './harness/by-role.ts';
import { accountLine, call, newUser, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

const stack = inject('devstack');
const VERSIONS = ['first version\n', 'second version, longer\n', 'third\n'];

describe.each(BROWSERS)('versions in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let own: string;
  const admin = new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });
  const put = (name: string, body: string) => admin.send(new PutObjectCommand({ Bucket: stack.bucket, Key: own + name, Body: body }));

  /** An object's bytes now, read as the user through a link (undefined when it is gone). */
  const current = async (name: string): Promise<string | undefined> => {
    const link = await call<{ url: string }>(popup, 's3.presign', { key: own + name, expiresInSeconds: 60, download: true });
    if (!link.ok) throw new Error(link.error.message);
    const response = await fetch(link.value.url);
    return response.ok ? response.text() : undefined;
  };
  const row = (name: string) => popup.find({ role: 'checkbox', name: `Select ${name}` });

  beforeAll(async () => {
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack);
    await accountLine(popup, 'Guest', 30_000);
    await signInThroughPopup(session, popup, stack, newUser(`versions-${kind}`));
    await accountLine(popup, 'Signed in as', 30_000);
    const status = await call<{ identityId: string }>(popup, 'auth.status');
    if (!status.ok) throw new Error(status.error.message);
    own = `private/${status.value.identityId}/`;
    for (const body of VERSIONS) await put('notes.txt', body);
    await put('trip/a.txt', 'alpha');
    await put('trip/deep/b.bin', 'bravo');
    await popup.find({ role: 'button', name: 'Refresh the list' }).click();
  }, 120_000);
  afterAll(async () => {
    await admin.send(new PutBucketVersioningCommand({ Bucket: stack.bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    admin.destroy();
    await session?.close();
  });

  it("lists a file's versions in the viewer, downloads an earlier one and restores one", async () => {
    const viewer = await session.openExtensionPage(`viewer/index.html#${encodeURIComponent(`${own}notes.txt`)}`);
    await viewer.find({ role: 'listitem', name: 'Version 3, latest' }).box();
    expect(await viewer.find({ role: 'listitem', name: 'Version 1' }).evaluate((item) => item.textContent)).toContain(`${VERSIONS[0]?.length} B`);
    // The latest has nothing to restore; the earlier ones do.
    expect(await viewer.find({ role: 'button', name: 'Restore version 3' }).count()).toBe(0);

    await viewer.find({ role: 'button', name: 'Download version 2' }).click();
    const saved = await waitFor('version 2 to be saved', () => readFile(join(session.downloadDir, 'notes.txt'), 'utf8').catch(() => undefined), 30_000);
    expect(saved).toBe(VERSIONS[1]);

    await viewer.find({ role: 'button', name: 'Restore version 1' }).click();
    await viewer.find({ role: 'listitem', name: 'Version 4, latest' }).box();
    expect(await viewer.find({ role: 'listitem', name: 'Version 3' }).count()).toBe(1);
    expect(await current('notes.txt')).toBe(VERSIONS[0]);
    await viewer.close();
  });

  it('offers Undo after a delete, and Undo brings the files and the folder back as they were', async () => {
    await row('notes.txt').click();
    await row('trip').click();
    await popup.find({ role: 'button', name: 'Delete' }).click();
    const dialog = await findRole(popup, 'dialog', 'Delete 2 items?');
    await popup.waitForText(dialog, 'You can undo it for a few seconds.');
    await clickRole(popup, 'button', 'Delete', { within: dialog });
    await waitFor('the delete to finish', async () => ((await popup.find({ role: 'button', name: 'Undo' }).count()) === 1 ? true : undefined), 30_000);
    expect(await current('notes.txt')).toBeUndefined();
    // The list is read again after the delete; the Undo bar may come first.
    await waitFor('the deleted folder to leave the list', async () => ((await row('trip').count()) === 0 ? true : undefined));

    await popup.find({ role: 'button', name: 'Undo' }).click();
    await waitFor('the files to be back', async () => ((await row('trip').count()) === 1 ? true : undefined), 30_000);
    expect(await current('notes.txt')).toBe(VERSIONS[0]);
    expect(await current('trip/a.txt')).toBe('alpha');
    expect(await current('trip/deep/b.bin')).toBe('bravo');
    expect(await row('notes.txt').count()).toBe(1);
  });

  it('says a delete cannot be undone where the bucket keeps no versions, and offers no Undo', async () => {
    await admin.send(new PutBucketVersioningCommand({ Bucket: stack.bucket, VersioningConfiguration: { Status: 'Suspended' } }));
    await put('scratch.txt', 'gone for good');
    await popup.find({ role: 'button', name: 'Refresh the list' }).click();
    await row('scratch.txt').click();
    await popup.find({ role: 'button', name: 'Delete' }).click();
    const dialog = await findRole(popup, 'dialog', 'Delete “scratch.txt”?');
    // The dialog claims nothing until the bucket has answered, so this sentence is the answer.
    await popup.waitForText(dialog, 'It cannot be undone.');
    await clickRole(popup, 'button', 'Cancel', { within: dialog });
  });
});
