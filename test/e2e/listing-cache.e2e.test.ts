/**
 * The listing cache (background/s3/listing-cache.ts, src/storage/kept-listing.ts): a popup opened
 * on a stopped background shows the folder's last listing at once, read by the popup itself,
 * saying it is refreshing, while S3 is still answering (the proxy holds the fresh ListObjects),
 * then the fresh page replaces it. Sign-out wipes the kept pages and the named viewer, and the
 * next user never sees the previous one's.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fileList, listSays } from './harness/file-list.ts';
import { accountLine, call, newUser, readAllDatabases, signInThroughPopup } from './harness/identity.ts';
import { BROWSERS } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { TestPage } from './harness/types.ts';
import { signedInBehindProxy } from './harness/uploads.ts';

const stack = inject('devstack');
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

interface KeptListings {
  pages?: Array<{ key: string; value: { page: { prefix: string; objects: Array<{ key: string }> } } }>;
  /** The `listingViewer` record in `storage.session`: whose pages the popup may show. */
  viewer?: { viewer: string; identityId: string; signedIn: boolean };
}
async function keptListings(page: TestPage): Promise<KeptListings> {
  const pages = ((await readAllDatabases(page))['tote-listings'] ?? {}) as Pick<KeptListings, 'pages'>;
  const viewer = await page.evaluate(async () => {
    type Api = { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
    const api = (globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
    return (await api.storage.session.get('listingViewer')).listingViewer as KeptListings['viewer'];
  }, undefined);
  return { ...pages, ...(viewer ? { viewer } : {}) };
}

const rowNames = (page: TestPage) =>
  fileList(page).evaluate((list) =>
    [...list.querySelectorAll('li')]
      .map((row) => (row as HTMLElement).dataset.key?.split('/').pop() ?? '')
      .filter(Boolean)
      .sort(),
  );
const showsKeptCopy = (page: TestPage) => fileList(page).evaluate((list) => list.hasAttribute('data-cached'));

async function put(page: TestPage, name: string): Promise<void> {
  // The body is made in the page: a Blob does not cross from Node.
  const reply = await page.evaluate(async (key) => {
    type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const api = (globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
    return api.runtime.sendMessage({ tote: 'tote/1', name: 's3.put', request: { key, body: new Blob(['kept\n'], { type: 'text/plain' }) } });
  }, `private/\${identityId}/${name}`);
  expect(reply).toMatchObject({ ok: true });
}

describe.each(BROWSERS)('the listing cache in %s', (kind) => {
  it('shows the kept page on a stopped background while S3 answers, then the fresh one; sign-out wipes it; the next user sees none of it', async () => {
    const bench = await signedInBehindProxy(kind, stack, 'listing-cache');
    try {
      const { session, options, proxy } = bench;
      await put(options, 'kept.txt');
      const first = await session.openExtensionPage('popup/index.html');
      await listSays(first, 'kept.txt');
      const alice = await call<{ identityId: string }>(first, 'auth.status');
      if (!alice.ok) throw new Error(alice.error.message);
      await waitFor('the page to be kept', async () => {
        const kept = await keptListings(options);
        const page = kept.pages?.find((entry) => entry.value.page.objects.some((object) => object.key.endsWith('/kept.txt')));
        return page && kept.viewer?.identityId === page.value.page.prefix.split('/')[1] ? page : undefined;
      });
      await first.close();

      // The folder changes behind the kept copy; the background stops; S3 is slow to list.
      expect(await call(options, 's3.delete', { keys: ['private/${identityId}/kept.txt'] })).toMatchObject({ ok: true });
      await put(options, 'fresh.txt');
      await session.stopBackground();
      const held = proxy.hold('other', 'request');
      const popup = await session.openExtensionPage('popup/index.html');
      // The list's own status line, below the rows (the account line is a status too).
      expect(await popup.waitForText('.list-status[role="status"]', 'refreshing')).toContain('Showing the last listing');
      expect(await showsKeptCopy(popup)).toBe(true);
      expect(await rowNames(popup)).toEqual(['kept.txt']);
      expect(held.held()).toBeGreaterThan(0);
      await mkdir(ARTIFACTS, { recursive: true });
      await popup.screenshot(join(ARTIFACTS, `listing-cache-${kind}-kept.png`), { width: 400, height: 600 });

      held.release();
      await listSays(popup, 'fresh.txt');
      await waitFor('the kept copy to go', async () => ((await showsKeptCopy(popup)) ? undefined : true));
      expect(await rowNames(popup)).toEqual(['fresh.txt']);
      await popup.close();

      expect(await call(options, 'auth.signOut')).toMatchObject({ ok: true });
      expect(await keptListings(options)).toEqual({ pages: [] });

      const next = await session.openExtensionPage('popup/index.html');
      await signInThroughPopup(session, next, stack, newUser(`listing-cache-next-${kind}`));
      await accountLine(next, 'Signed in as', 30_000);
      // Whatever the next user's popup kept is their own (empty) folder, under their own name.
      const theirs = await waitFor("the next user's first page to be kept", async () => {
        const kept = await keptListings(next);
        return kept.viewer !== undefined && (kept.pages?.length ?? 0) > 0 ? kept : undefined;
      });
      // (The guest's public/ listing, seen before signing in, may be kept too: it is nobody's own.)
      const own = (theirs.pages ?? []).filter((entry) => entry.value.page.prefix.startsWith('private/'));
      expect(own.length).toBeGreaterThan(0);
      for (const entry of own) expect(entry.value.page.objects).toEqual([]);
      const kept = JSON.stringify(theirs);
      expect(kept).not.toContain(alice.value.identityId);
      expect(kept).not.toContain('fresh.txt');
    } finally {
      await bench.close();
    }
  });
});
