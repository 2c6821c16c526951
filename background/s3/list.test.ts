import { describe, expect, it } from 'vitest';
import { scriptedS3 } from '../../test/fakes/s3-commands.ts';
import { memoryDatabase } from '../storage/database.ts';
import { listCachedHandler, listHandler } from './list.ts';
import { listingCache, type Viewer } from './listing-cache.ts';
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

/** Whoever `who.current` names is looking. */
function looking(who: { current?: { viewer: string; identityId: string } }): Viewer {
  return async () => who.current;
}

/** The popup, as the router tells handlers who asked. */
const POPUP: HandlerContext = { sender: { kind: 'page', url: 'chrome-extension://x/popup/index.html' } };

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the listing cache behind s3.list and s3.listCached', () => {
  const template = 'private/${identityId}/';

  it('keeps a first page and gives it back to the same viewer, with no S3 request', async () => {
    const who = { current: { viewer: 'alice@pool', identityId: 'id-alice' } };
    const cache = listingCache(memoryDatabase('tote-listings')('pages'), looking(who));
    const s3 = bucket('id-alice', ['a.txt', 'b.txt']);
    const fresh = await listHandler(s3.context, cache)({ prefix: template, delimiter: '/' }, POPUP);
    await settle();
    const sent = s3.sent.length;
    const kept = await listCachedHandler(cache)({ prefix: template, delimiter: '/' }, POPUP);
    expect(kept.page).toEqual(fresh);
    expect(kept.page?.objects.map((object) => object.key)).toEqual(['private/id-alice/a.txt', 'private/id-alice/b.txt']);
    expect(s3.sent.length).toBe(sent);
  });

  it('never shows one viewer the page another listed', async () => {
    const who: { current?: { viewer: string; identityId: string } } = { current: { viewer: 'alice@pool', identityId: 'id-alice' } };
    const cache = listingCache(memoryDatabase('tote-listings')('pages'), looking(who));
    await listHandler(bucket('id-alice', ['secret.txt']).context, cache)({ prefix: 'public/', delimiter: '/' }, POPUP);
    await settle();
    who.current = { viewer: 'bob@pool', identityId: 'id-bob' };
    expect(await listCachedHandler(cache)({ prefix: 'public/', delimiter: '/' }, POPUP)).toEqual({});
    who.current = undefined;
    expect(await listCachedHandler(cache)({ prefix: 'public/', delimiter: '/' }, POPUP)).toEqual({});
  });

  it('does not keep a page listed by someone who is no longer looking (signed out meanwhile)', async () => {
    const who = { current: { viewer: 'guest@pool', identityId: 'id-guest' } };
    const store = memoryDatabase('tote-listings')('pages');
    const cache = listingCache(store, looking(who));
    await listHandler(bucket('id-alice', ['mine.txt']).context, cache)({ prefix: template, delimiter: '/' }, POPUP);
    await settle();
    expect(await store.keys()).toEqual([]);
    // The same listing by the one looking is kept: the refusal above is about who, not how.
    await listHandler(bucket('id-guest', ['mine.txt']).context, cache)({ prefix: template, delimiter: '/' }, POPUP);
    await settle();
    expect((await store.keys()).length).toBe(1);
  });

  it('keeps first pages only, and files them by how they were asked for', async () => {
    const who = { current: { viewer: 'alice@pool', identityId: 'id-alice' } };
    const store = memoryDatabase('tote-listings')('pages');
    const cache = listingCache(store, looking(who));
    const s3 = bucket('id-alice', ['1', '2', '3']);
    await listHandler(s3.context, cache)({ prefix: template, delimiter: '/', continuationToken: 'more' }, POPUP);
    await settle();
    expect(await store.keys()).toEqual([]);
    await listHandler(s3.context, cache)({ prefix: template, delimiter: '/' }, POPUP);
    await settle();
    expect(await listCachedHandler(cache)({ prefix: template }, POPUP)).toEqual({});
    expect(await listCachedHandler(cache)({ prefix: template, delimiter: '/', pageSize: 50 }, POPUP)).toEqual({});
    expect((await listCachedHandler(cache)({ prefix: template, delimiter: '/' }, POPUP)).page?.continuationToken).toBe('more');
  });

  it('keeps at most 40 folders, dropping the oldest', async () => {
    const who = { current: { viewer: 'alice@pool', identityId: 'id-alice' } };
    const store = memoryDatabase('tote-listings')('pages');
    let now = 0;
    const cache = listingCache(store, looking(who), () => ++now);
    const s3 = bucket('id-alice', ['x']);
    for (let folder = 0; folder < 41; folder++) {
      await listHandler(s3.context, cache)({ prefix: `public/f${folder}/`, delimiter: '/' }, POPUP);
      await settle();
    }
    expect((await store.keys()).length).toBe(20);
    expect((await listCachedHandler(cache)({ prefix: 'public/f40/', delimiter: '/' }, POPUP)).page).toBeDefined();
    expect(await listCachedHandler(cache)({ prefix: 'public/f0/', delimiter: '/' }, POPUP)).toEqual({});
  });
});
