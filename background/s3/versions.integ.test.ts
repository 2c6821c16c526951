/**
 * The version handlers in Node with the real broker against the devstack's versioned bucket:
 * versioning is on, a file's versions list newest first, an earlier one downloads and restores,
 * a delete is undone (the marker removed, the file back), and another identity's versions stay
 * out of reach.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { nodeIdentity } from '../../test/support/node-identity.ts';
import type { HandlerContext } from '../router.ts';
import { deleteHandler } from './delete.ts';
import { presignHandler } from './presign.ts';
import { putHandler } from './put.ts';
import { restoreVersionHandler } from './restore-version.ts';
import { undoDeleteHandler } from './undo-delete.ts';
import { versioningHandler, versionsHandler } from './versions.ts';

const stack = inject('devstack');
const page: HandlerContext = { sender: { kind: 'page', url: 'chrome-extension://x/viewer/index.html' } };
type Identity = Awaited<ReturnType<typeof nodeIdentity>>;

const text = async (url: string) => (await fetch(url)).text();

describe('versions in the versioned devstack bucket', () => {
  let me: Identity;
  let home: string;
  const put = (key: string, body: string) => putHandler(me.s3)({ key: home + key, body: new Blob([body]) }, page);
  const versions = (key: string) => versionsHandler(me.s3)({ key: home + key }, page);

  beforeAll(async () => {
    me = await nodeIdentity(stack, 'user');
    home = `private/${me.identityId}/`;
    for (const body of ['first', 'second!', 'third!!!']) await put('notes.txt', body);
    await put('notes.txt.bak', 'a neighbour whose key starts the same');
  });

  it('says versioning is on', async () => {
    await expect(versioningHandler(me.s3)({}, page)).resolves.toEqual({ enabled: true });
  });

  it("lists one file's versions, newest first, the latest marked, and not its neighbour's", async () => {
    const listed = await versions('notes.txt');
    expect(listed.key).toBe(`${home}notes.txt`);
    expect(listed.truncated).toBe(false);
    expect(listed.versions.map((v) => [v.size, v.latest, v.deleteMarker])).toEqual([
      [8, true, false],
      [7, false, false],
      [5, false, false],
    ]);
    expect(new Set(listed.versions.map((v) => v.versionId)).size).toBe(3);
  });

  it('downloads an earlier version through its own link', async () => {
    const oldest = (await versions('notes.txt')).versions.at(-1)!;
    const link = await presignHandler(me.s3)({ key: `${home}notes.txt`, expiresInSeconds: 60, download: true, versionId: oldest.versionId }, page);
    expect(await text(link.url)).toBe('first');
  });

  it('restores an earlier version: it becomes the latest, and every version stays', async () => {
    const oldest = (await versions('notes.txt')).versions.at(-1)!;
    const restored = await restoreVersionHandler(me.s3)({ key: `${home}notes.txt`, versionId: oldest.versionId }, page);
    expect(restored.key).toBe(`${home}notes.txt`);
    const after = await versions('notes.txt');
    expect(after.versions).toHaveLength(4);
    // A new version on top (RGW's CopyObject answer names no version id; AWS's does).
    expect(after.versions[0]).toMatchObject({ latest: true, size: 5, deleteMarker: false });
    expect(after.versions[0]?.versionId).not.toBe(oldest.versionId);
    const link = await presignHandler(me.s3)({ key: `${home}notes.txt`, expiresInSeconds: 60, download: true }, page);
    expect(await text(link.url)).toBe('first');
  });

  it('undoes a delete of keys and of a folder: the files are back as they were', async () => {
    await put('trip/a.txt', 'alpha');
    await put('trip/deep/b.txt', 'bravo');
    const since = Date.now();
    await deleteHandler(me.s3)({ keys: [`${home}notes.txt`] }, page);
    await deleteHandler(me.s3)({ folder: `${home}trip/` }, page);
    expect((await versions('notes.txt')).versions[0]).toMatchObject({ latest: true, deleteMarker: true });

    await expect(undoDeleteHandler(me.s3)({ keys: [`${home}notes.txt`], since }, page)).resolves.toEqual({ restored: 1 });
    await expect(undoDeleteHandler(me.s3)({ folder: `${home}trip/`, since }, page)).resolves.toEqual({ restored: 2 });
    const link = (key: string) => presignHandler(me.s3)({ key: home + key, expiresInSeconds: 60, download: true }, page);
    expect(await text((await link('notes.txt')).url)).toBe('first');
    expect(await text((await link('trip/deep/b.txt')).url)).toBe('bravo');
    // Nothing is left to undo: a second Undo changes nothing.
    await expect(undoDeleteHandler(me.s3)({ folder: `${home}trip/`, since }, page)).resolves.toEqual({ restored: 0 });
  });

  it('leaves a delete made before the undo window alone', async () => {
    await put('old.txt', 'deleted on purpose');
    await deleteHandler(me.s3)({ keys: [`${home}old.txt`] }, page);
    await expect(undoDeleteHandler(me.s3)({ keys: [`${home}old.txt`], since: Date.now() + 120_000 }, page)).resolves.toEqual({ restored: 0 });
    expect((await versions('old.txt')).versions[0]).toMatchObject({ deleteMarker: true, latest: true });
  });

  it("cannot list, read, restore or undo in another identity's folder", async () => {
    const other = await nodeIdentity(stack, 'user');
    const theirs = `private/${other.identityId}/`;
    await putHandler(other.s3)({ key: `${theirs}secret.txt`, body: new Blob(['v1']) }, page);
    await putHandler(other.s3)({ key: `${theirs}secret.txt`, body: new Blob(['v2']) }, page);
    const [oldest] = (await versionsHandler(other.s3)({ key: `${theirs}secret.txt` }, page)).versions.slice(-1);
    await expect(versionsHandler(me.s3)({ key: `${theirs}secret.txt` }, page)).rejects.toMatchObject({ code: 'access_denied' });
    await expect(restoreVersionHandler(me.s3)({ key: `${theirs}secret.txt`, versionId: oldest!.versionId }, page)).rejects.toMatchObject({
      code: 'access_denied',
    });
    await expect(undoDeleteHandler(me.s3)({ keys: [`${theirs}secret.txt`], since: 0 }, page)).rejects.toMatchObject({ code: 'access_denied' });
    const link = await presignHandler(me.s3)({ key: `${theirs}secret.txt`, expiresInSeconds: 60, download: true, versionId: oldest!.versionId }, page);
    expect((await fetch(link.url)).status).toBe(403);
  });
});
