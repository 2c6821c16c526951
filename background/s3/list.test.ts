import { describe, expect, it } from 'vitest';
import { scriptedS3 } from '../../test/fakes/s3-commands.ts';
import { memoryStorage } from '../../test/fakes/storage.ts';
import { type KeptViewer, type ListingPlace, readKeptPage } from '../../src/storage/kept-listing.ts';
import { listHandler } from './list.ts';
import { listingCache } from './listing-cache.ts';
import type { HandlerContext } from '../router.ts';

/** S3 answering every ListObjectsV2 with the given keys under the asked prefix. */
function bucket(identityId: string, keys: string[]) {
  return scriptedS3(
    (command) => ({
      Contents: keys.map((name) => ({ Key: `${command.input.Prefix}${name}`, Size: 1 })),
      ...(keys.length > 2 ? { NextContinuationToken: 'more' } : {}),
    }),
    identityId,
  );
}

/** The popup, as the router tells handlers who asked. */
const POPUP: HandlerContext = { sender: { kind: 'page', url: 'chrome-extension://x/popup/index.html' } };

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const alice: KeptViewer = { viewer: 'alice@pool', identityId: 'id-alice', signedIn: true };
const bob: KeptViewer = { viewer: 'bob@pool', identityId: 'id-bob', signedIn: true };

/** A listing cache on memory, whoever `who.current` names looking; `shown` reads as the popup does (popup/kept-listing.ts). */
function cacheFor(who: { current?: KeptViewer }, now?: () => number) {
  const storage = memoryStorage();
  const pages = storage.database('tote-listings')('pages');
  const named = storage.record('listingViewer');
  const cache = listingCache(pages, named, async () => who.current, now);
  const shown = async (place: ListingPlace) => {
    const viewer = await named.get();
    return viewer && readKeptPage(pages, viewer, place);
  };
  return { cache, pages, named, shown };
}

describe('the listing cache behind s3.list, as the popup reads it', () => {
  const template = 'private/${identityId}/';

  it('keeps a first page, names its viewer, and gives the page back as asked for, with no S3 request', async () => {
    const { cache, named, shown } = cacheFor({ current: alice });
    const s3 = bucket('id-alice', ['a.txt', 'b.txt']);
    const fresh = await listHandler(s3.context, cache)({ prefix: template, delimiter: '/' }, POPUP);
    await settle();
    const sent = s3.sent.length;
    expect(await named.get()).toEqual(alice);
    const kept = await shown({ prefix: template, delimiter: '/' });
    expect(kept).toEqual(fresh);
    expect(kept?.objects.map((object) => object.key)).toEqual(['private/id-alice/a.txt', 'private/id-alice/b.txt']);
    expect(s3.sent.length).toBe(sent);
  });

  it('never shows one viewer the page another listed', async () => {
    const who: { current?: KeptViewer } = { current: alice };
    const { cache, pages } = cacheFor(who);
    await listHandler(bucket('id-alice', ['secret.txt']).context, cache)({ prefix: 'public/', delimiter: '/' }, POPUP);
    await settle();
    expect(await readKeptPage(pages, bob, { prefix: 'public/', delimiter: '/' })).toBeUndefined();
    expect(await readKeptPage(pages, alice, { prefix: 'public/', delimiter: '/' })).toBeDefined();
  });

  it('keeps and shows nothing once forgotten (the user or the settings are changing), until the next listing names a viewer', async () => {
    const { cache, pages, shown } = cacheFor({ current: alice });
    const s3 = bucket('id-alice', ['a.txt']);
    await listHandler(s3.context, cache)({ prefix: template, delimiter: '/' }, POPUP);
    await settle();
    await cache.forget();
    expect(await shown({ prefix: template, delimiter: '/' })).toBeUndefined();
    expect(await pages.keys()).toEqual([]);
    await listHandler(s3.context, cache)({ prefix: template, delimiter: '/' }, POPUP);
    await settle();
    expect(await shown({ prefix: template, delimiter: '/' })).toBeDefined();
  });

  it('does not keep a page listed by someone who is no longer looking (signed out meanwhile)', async () => {
    const { cache, pages, named } = cacheFor({ current: { viewer: 'guest@pool', identityId: 'id-guest', signedIn: false } });
    await listHandler(bucket('id-alice', ['mine.txt']).context, cache)({ prefix: template, delimiter: '/' }, POPUP);
    await settle();
    expect(await pages.keys()).toEqual([]);
    expect(await named.get()).toBeUndefined();
    // The same listing by the one looking is kept: the refusal above is about who, not how.
    await listHandler(bucket('id-guest', ['mine.txt']).context, cache)({ prefix: template, delimiter: '/' }, POPUP);
    await settle();
    expect((await pages.keys()).length).toBe(1);
  });

  it('does not keep a page when who was looking changed while it was listed (a sign-in or a settings change)', async () => {
    const who: { current?: KeptViewer } = { current: alice };
    const { cache, pages } = cacheFor(who);
    const s3 = scriptedS3(() => {
      // Same identity, another bucket: the settings changed while S3 answered.
      who.current = { ...alice, viewer: 'alice@pool/other-bucket' };
      return { Contents: [{ Key: 'private/id-alice/old.txt', Size: 1 }] };
    }, 'id-alice');
    await listHandler(s3.context, cache)({ prefix: template, delimiter: '/' }, POPUP);
    await settle();
    expect(await pages.keys()).toEqual([]);
  });

  it('keeps first pages only, and files them by how they were asked for', async () => {
    const { cache, pages, shown } = cacheFor({ current: alice });
    const s3 = bucket('id-alice', ['1', '2', '3']);
    await listHandler(s3.context, cache)({ prefix: template, delimiter: '/', continuationToken: 'more' }, POPUP);
    await settle();
    expect(await pages.keys()).toEqual([]);
    await listHandler(s3.context, cache)({ prefix: template, delimiter: '/' }, POPUP);
    await settle();
    expect(await shown({ prefix: template })).toBeUndefined();
    expect(await shown({ prefix: template, delimiter: '/', pageSize: 50 })).toBeUndefined();
    expect(await shown({ prefix: 'private/id-alice/', delimiter: '/' })).toBeUndefined();
    expect((await shown({ prefix: template, delimiter: '/' }))?.continuationToken).toBe('more');
  });

  it('keeps at most 40 folders, dropping the oldest', async () => {
    let now = 0;
    const { cache, pages, shown } = cacheFor({ current: alice }, () => ++now);
    const s3 = bucket('id-alice', ['x']);
    for (let folder = 0; folder < 41; folder++) {
      await listHandler(s3.context, cache)({ prefix: `public/f${folder}/`, delimiter: '/' }, POPUP);
      await settle();
    }
    expect((await pages.keys()).length).toBe(20);
    expect(await shown({ prefix: 'public/f40/', delimiter: '/' })).toBeDefined();
    expect(await shown({ prefix: 'public/f0/', delimiter: '/' })).toBeUndefined();
  });

  it('shows nothing for a stored page that does not parse', async () => {
    const { cache, pages, shown } = cacheFor({ current: alice });
    await listHandler(bucket('id-alice', ['a']).context, cache)({ prefix: 'public/', delimiter: '/' }, POPUP);
    await settle();
    const [key] = await pages.keys();
    await pages.put({ key, savedAt: 1, page: { prefix: 'public/', folders: 'not a list', objects: [] } });
    expect(await shown({ prefix: 'public/', delimiter: '/' })).toBeUndefined();
  });
});
