/**
 * A team's settings file (the deploy kit's output shape), imported through the options page as
 * a person would, gets a user from "signed out" to a signed-in listing of their own folder.
 */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accountLine, call, signInThroughPopup } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { connectionShows, message } from './harness/options-form.ts';
import type { ExtensionSession } from './harness/types.ts';
import { listSays } from './harness/file-list.ts';

const stack = inject('devstack');

describe.each(BROWSERS)('importing settings in %s', (kind) => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launch(kind);
  });
  afterAll(() => session?.close());

  it('refuses an invalid file with a sentence, then imports a valid one and reaches a signed-in listing', async () => {
    const options = await session.openExtensionPage('options/index.html');
    const pasted = options.find({ role: 'textbox', name: 'Or paste JSON' });
    await pasted.fill(JSON.stringify({ ...stack.settings, bucket: 'Not A Bucket' }));
    await options.find({ role: 'button', name: 'Import' }).click();
    expect(await message(options, 'alert', 'Nothing was saved')).toContain('bucket');

    // A sign-in-only deployment: the pool refuses guests.
    const file = { ...stack.settings, identityPoolId: stack.identityPools.noGuests, allowGuests: false };
    await pasted.evaluate((area) => {
      (area as HTMLTextAreaElement).value = '';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await pasted.fill(JSON.stringify(file, null, 2));
    await options.find({ role: 'button', name: 'Import' }).click();
    expect(await message(options, 'status', 'Settings saved')).toContain('sign in');
    expect(await connectionShows(options, stack.identityPools.noGuests)).toContain('Sign-in required');
    await options.close();

    let popup = await session.openExtensionPage('popup/index.html');
    expect(await accountLine(popup, 'Signed out')).toBe('Signed out');
    const user = stack.testUsers[kind === 'chromium' ? 0 : 1]!;
    await signInThroughPopup(session, popup, stack, user);
    await accountLine(popup, 'Signed in as', 30_000);
    await popup.find({ text: 'Your folder is empty.' }).box();

    const status = await call<{ identityId: string }>(popup, 'auth.status');
    if (!status.ok) throw new Error(status.error.message);
    const admin = new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });
    await admin.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `private/${status.value.identityId}/report.txt`, Body: 'quarterly numbers' }));
    await popup.close();
    popup = await session.openExtensionPage('popup/index.html');
    expect(await listSays(popup, 'report.txt')).toContain('17 B');
  });
});
