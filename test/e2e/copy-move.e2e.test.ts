/**
 * Copy and move of files and folders as a person does them in the popup, in real Chromium and
 * Firefox against the devstack: copy a folder tree into another folder (every object byte for
 * byte, the empty folder too), copy it again (the overwrite guard asks; Keep both), move it, and
 * stop the background in the middle of a 200-object move: the popup says how far it got, and
 * running the move again finishes it with nothing lost.
 */
import { randomBytes } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickRole, findRole, isShown, typeInto } from './harness/by-role.ts';
import { accountLine, call, newUser, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

const stack = inject('devstack');
const TREE: Record<string, Buffer> = {
  'one.txt': randomBytes(2048),
  'sub/two.bin': randomBytes(300 * 1024),
  'sub/deeper/three.bin': randomBytes(1024),
  'empty/': Buffer.alloc(0),
};
const MANY = 200;

describe.each(BROWSERS)('copy and move in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let own: string;

  /** Every key under `folder` in the user's files, relative to it, with its bytes (read through links, as the user). */
  const contents = async (folder: string): Promise<Record<string, string>> => {
    const listed = await call<{ objects: Array<{ key: string }> }>(popup, 's3.list', { prefix: own + folder, pageSize: 1000 });
    if (!listed.ok) throw new Error(listed.error.message);
    const found: Record<string, string> = {};
    for (const { key } of listed.value.objects) {
      const link = await call<{ url: string }>(popup, 's3.presign', { key, expiresInSeconds: 60, download: true });
      if (!link.ok) throw new Error(link.error.message);
      found[key.slice((own + folder).length)] = Buffer.from(await (await fetch(link.value.url)).arrayBuffer()).toString('base64');
    }
    return found;
  };
  const expected = (tree: Record<string, Buffer>) => Object.fromEntries(Object.entries(tree).map(([name, body]) => [name, body.toString('base64')]));
  const notice = 'p.visually-hidden[role="status"]';
  /** The dialog (`Copy tree`) closes when everything was copied or moved; then the popup says how many. */
  const finished = async (title: string, sentence: RegExp) => {
    await waitFor(`"${title}" to close`, async () => ((await isShown(popup, 'dialog', title)) ? undefined : true), 60_000);
    const said = await popup.evaluate((css) => document.querySelector(css)?.textContent ?? '', notice);
    expect(said, await popup.evaluate(() => document.body.innerText, undefined)).toMatch(sentence);
    return said;
  };

  beforeAll(async () => {
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack);
    await accountLine(popup, 'Guest', 30_000);
    await signInThroughPopup(session, popup, stack, newUser(`copy-${kind}`));
    await accountLine(popup, 'Signed in as', 30_000);
    const status = await call<{ identityId: string }>(popup, 'auth.status');
    if (!status.ok) throw new Error(status.error.message);
    own = `private/${status.value.identityId}/`;
    const admin = new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });
    for (const [name, body] of Object.entries(TREE)) await admin.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `${own}tree/${name}`, Body: body }));
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < MANY)
          await admin.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `${own}many/${String(next++).padStart(3, '0')}.txt`, Body: `object ${next}` }));
      }),
    );
    admin.destroy();
    await clickRole(popup, 'button', 'Refresh the list');
  }, 120_000);
  afterAll(() => session?.close());

  it('copies a folder with everything under it, byte for byte', async () => {
    await clickRole(popup, 'checkbox', 'Select tree');
    await clickRole(popup, 'button', 'Copy', { within: '[role="toolbar"]' });
    await typeInto(popup, 'Into folder', 'backup');
    await clickRole(popup, 'button', 'Copy', { within: await findRole(popup, 'dialog', 'Copy tree') });
    await finished('Copy tree', /^Copied 4 objects\.$/);
    expect(await contents('backup/tree/')).toEqual(expected(TREE));
    expect(await contents('tree/')).toEqual(expected(TREE));
  });

  it('asks before copying onto the copy, and keeps both', async () => {
    await clickRole(popup, 'checkbox', 'Select tree');
    await clickRole(popup, 'button', 'Copy', { within: '[role="toolbar"]' });
    await typeInto(popup, 'Into folder', 'backup');
    await clickRole(popup, 'button', 'Copy', { within: await findRole(popup, 'dialog', 'Copy tree') });
    await clickRole(popup, 'button', 'Keep both', { within: await findRole(popup, 'dialog', '“tree” already exists') });
    await finished('Copy tree', /^Copied 4 objects\.$/);
    expect(await contents('backup/tree (1)/')).toEqual(expected(TREE));
  });

  it('moves a folder: everything arrives, nothing stays behind', async () => {
    await clickRole(popup, 'checkbox', 'Select tree');
    await clickRole(popup, 'button', 'Move', { within: '[role="toolbar"]' });
    await typeInto(popup, 'Into folder', 'archive/2026');
    await clickRole(popup, 'button', 'Move', { within: await findRole(popup, 'dialog', 'Move tree') });
    await finished('Move tree', /^Moved 4 objects\.$/);
    expect(await contents('archive/2026/tree/')).toEqual(expected(TREE));
    expect(await contents('tree/')).toEqual({});
  });

  it('refuses to move a folder into itself', async () => {
    await clickRole(popup, 'checkbox', 'Select backup');
    await clickRole(popup, 'button', 'Move', { within: '[role="toolbar"]' });
    await typeInto(popup, 'Into folder', 'backup/inner');
    const dialog = await findRole(popup, 'dialog', 'Move backup');
    await clickRole(popup, 'button', 'Move', { within: dialog });
    expect(await popup.text(`${dialog} [role="alert"]`)).toBe('“backup” cannot go into itself.');
    await clickRole(popup, 'button', 'Cancel', { within: dialog });
  });

  it('finishes a move stopped by the background stopping when it is run again', async () => {
    await clickRole(popup, 'button', 'Clear selection');
    await clickRole(popup, 'checkbox', 'Select many');
    await clickRole(popup, 'button', 'Move', { within: '[role="toolbar"]' });
    await typeInto(popup, 'Into folder', 'moved');
    const dialog = await findRole(popup, 'dialog', 'Move many');
    await clickRole(popup, 'button', 'Move', { within: dialog });
    await waitFor(
      'the move to be under way',
      async () => {
        const text = await popup.evaluate((css) => document.querySelector(css)?.textContent ?? '', `${dialog} [role="status"]`);
        return /Moving: ([1-9]\d*) of 200 objects/.test(text) ? true : undefined;
      },
      30_000,
      20,
    );
    await session.stopBackground();
    const stopped = await popup.waitForText(`${dialog} [role="alert"]`, 'try again to carry on', 30_000);
    const done = Number(/(\d+) of 200 done/.exec(stopped)?.[1]);
    console.log(`[${kind}] the background stopped after ${done} of ${MANY} objects: "${stopped}"`);
    expect(done).toBeLessThan(MANY);
    await clickRole(popup, 'button', 'Move', { within: dialog });
    await clickRole(popup, 'button', 'Replace', { within: await findRole(popup, 'dialog', '“many” already exists') });
    // Moves in flight when the background stopped may have finished without an answer: the rerun
    // moves what is left, at most the rest.
    const again = Number(/^Moved (\d+) objects\.$/.exec(await finished('Move many', /^Moved \d+ objects\.$/))?.[1]);
    expect(again).toBeGreaterThan(0);
    expect(again).toBeLessThanOrEqual(MANY - done);
    const moved = await contents('moved/many/');
    expect(Object.keys(moved).length).toBe(MANY);
    for (const [name, body] of Object.entries(moved)) expect(Buffer.from(body, 'base64').toString(), name).toBe(`object ${Number(name.slice(0, 3)) + 1}`);
    expect(await contents('many/')).toEqual({});
  });
});
