/**
 * The overwrite guard as a person meets it, in real Chromium and Firefox against the devstack:
 * uploading a file whose name is taken asks Replace, Keep both or Skip; "Do this for all" answers
 * a batch once; a rename onto a taken name asks the same. Each outcome is checked byte for byte
 * in the bucket.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAxe, seriousViolations } from './harness/axe.ts';
import { clickRole, findRole, isShown, typeInto } from './harness/by-role.ts';
import { accountLine, call, newUser, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

const stack = inject('devstack');
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

describe.each(BROWSERS)('the overwrite guard in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let own: string;
  let disk: string;

  /** What the bucket holds at `name` in the user's folder, read through a fresh link (undefined: nothing). */
  const stored = async (name: string): Promise<string | undefined> => {
    const link = await call<{ url: string }>(popup, 's3.presign', { key: own + name, expiresInSeconds: 60, download: true });
    if (!link.ok) throw new Error(link.error.message);
    const response = await fetch(link.value.url);
    return response.status === 200 ? response.text() : undefined;
  };
  const eventually = (name: string, content: string | undefined) =>
    waitFor(`${name} to hold ${JSON.stringify(content)}`, async () => ((await stored(name)) === content ? true : undefined), 30_000);
  /** Chooses files from disk in the popup's file picker, each with the given content. */
  const upload = async (files: Record<string, string>) => {
    const folder = await mkdtemp(join(disk, 'pick-'));
    for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
    await popup.chooseFiles(
      'input[type="file"]',
      Object.keys(files).map((name) => join(folder, name)),
    );
  };
  /** The question, as its title names it: `“guard.txt” already exists`. */
  const question = (name: string) => findRole(popup, 'dialog', `“${name}” already exists`);
  const asking = () => isShown(popup, 'dialog', 'already exists', { contains: true });

  beforeAll(async () => {
    disk = await mkdtemp(join(tmpdir(), 'tote-guard-'));
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack);
    await accountLine(popup, 'Guest', 30_000);
    await signInThroughPopup(session, popup, stack, newUser(`guard-${kind}`));
    await accountLine(popup, 'Signed in as', 30_000);
    const status = await call<{ identityId: string }>(popup, 'auth.status');
    if (!status.ok) throw new Error(status.error.message);
    own = `private/${status.value.identityId}/`;
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await rm(disk, { recursive: true, force: true });
  });

  it('uploads a new file without asking', async () => {
    await upload({ 'guard.txt': 'one' });
    await eventually('guard.txt', 'one');
    expect(await asking()).toBe(false);
  });

  it('asks when the name is taken; Keep both uploads it as "guard (1).txt"', async () => {
    await upload({ 'guard.txt': 'two' });
    await clickRole(popup, 'button', 'Keep both', { within: await question('guard.txt') });
    await eventually('guard (1).txt', 'two');
    expect(await stored('guard.txt')).toBe('one');
  });

  it('asks once for a batch when told to do the same for all: Skip leaves both alone', async () => {
    await upload({ 'guard.txt': 'three', 'guard (1).txt': 'three', 'fresh.txt': 'new' });
    const dialog = await question('guard.txt');
    await clickRole(popup, 'checkbox', 'Do this for all 2 conflicts', { within: dialog });
    await mkdir(ARTIFACTS, { recursive: true });
    await popup.screenshot(join(ARTIFACTS, `popup-${kind}-overwrite-guard.png`), { width: 400, height: 600 });
    const violations = seriousViolations(await runAxe(popup));
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await clickRole(popup, 'button', 'Skip', { within: dialog });
    await eventually('fresh.txt', 'new');
    expect(await asking()).toBe(false);
    expect([await stored('guard.txt'), await stored('guard (1).txt')]).toEqual(['one', 'two']);
  });

  it('replaces only when asked to, saying the replaced file stays as a version (the devstack bucket is versioned, as infra deploys it)', async () => {
    await upload({ 'guard.txt': 'four' });
    const dialog = await question('guard.txt');
    await popup.waitForText(dialog, 'The file it replaces stays as an earlier version');
    await clickRole(popup, 'button', 'Replace', { within: dialog });
    await eventually('guard.txt', 'four');
  });

  it('asks before a rename onto a taken name: Skip changes nothing, Keep both numbers it', async () => {
    await clickRole(popup, 'button', 'Refresh the list');
    await clickRole(popup, 'checkbox', 'Select fresh.txt');
    for (const answer of ['Skip', 'Keep both']) {
      await clickRole(popup, 'button', 'Rename');
      await typeInto(popup, 'New name', 'guard.txt');
      await clickRole(popup, 'button', 'Rename', { within: await findRole(popup, 'dialog', 'Rename or move fresh.txt') });
      await clickRole(popup, 'button', answer, { within: await question('guard.txt') });
      if (answer === 'Skip') {
        await waitFor('the rename dialog to close', async () => ((await isShown(popup, 'dialog', 'Rename or move fresh.txt')) ? undefined : true));
        expect([await stored('fresh.txt'), await stored('guard.txt')]).toEqual(['new', 'four']);
      }
    }
    // A move copies, then deletes the original: the copy may show before the original is gone.
    await eventually('guard (2).txt', 'new');
    await eventually('fresh.txt', undefined);
    expect(await stored('guard.txt')).toBe('four');
    await findRole(popup, 'checkbox', 'Select guard (2).txt');
  });
});
