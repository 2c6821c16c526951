/**
 * "Save to Tote" from a page's context menu: gets the bytes (fetched by the background, or read
 * from the tab), picks a unique key in the save folder, uploads, and keeps the in-page notice up
 * to date. Every failure ends as a notice that says why; nothing is overwritten.
 */
import { t, type MessageKey } from '../../src/i18n/t.ts';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { resolveKeyTemplate } from '../../src/s3/key-template.ts';
import { DEFAULT_SAVE_FOLDER, type Settings } from '../../src/settings/schema.ts';
import { listHandler } from '../s3/list.ts';
import { presignHandler } from '../s3/presign.ts';
import { putHandler } from '../s3/put.ts';
import type { S3Context } from '../s3/s3-context.ts';
import type { HandlerContext } from '../router.ts';
import { fetchTarget, MAX_SAVE_BYTES, tooLarge } from './fetch-target.ts';
import { nameForDownload, nameFromPage, stemOf, uniqueKey } from './file-name.ts';
import type { MenuClick, SaveKind } from './menu-items.ts';
import type { NoticeChannel } from './notice-channel.ts';
import type { PageSelection } from './page-scripts.ts';
import { selectionToMarkdown } from './selection-markdown.ts';
import { GUEST_USER } from '../../src/storage/databases.ts';
import { fileTimeStamp } from '../../src/time-stamp.ts';

/** Reads from the tab (selection, page HTML, MHTML); injected so tests and browsers can differ. */
export interface TabReader {
  selection(tabId: number): Promise<PageSelection>;
  html(tabId: number): Promise<{ title: string; url: string; html: string }>;
  mhtml(tabId: number): Promise<Blob>;
  /** What the tab shows, as PNG. */
  screenshot(tabId: number): Promise<Blob>;
}

export interface SaveDependencies {
  s3: S3Context;
  settings(): Promise<Settings | undefined>;
  notice: NoticeChannel;
  tab: TabReader;
  fetch?: typeof fetch;
}

interface Payload {
  name: string;
  body: Blob;
  contentType: string;
}

const TITLES: Record<SaveKind, MessageKey> = {
  image: 'noticeSavingImage',
  link: 'noticeSavingLink',
  'selection-md': 'noticeSavingSelection',
  'selection-txt': 'noticeSavingSelection',
  'page-html': 'noticeSavingPage',
  'page-mhtml': 'noticeSavingPage',
  screenshot: 'noticeSavingScreenshot',
};

/** Calls into the S3 handlers come from the background itself. */
const SELF: HandlerContext = { sender: { kind: 'page', url: 'tote:page-save' } };

/** How long the notice's copy link works (capped at the credentials' lifetime by s3.presign). */
const LINK_SECONDS = 3600;

export function createPageSaver(deps: SaveDependencies) {
  const put = putHandler(deps.s3);
  const list = listHandler(deps.s3);
  const presign = presignHandler(deps.s3);

  async function payloadFor(kind: SaveKind, click: MenuClick, tabId: number, shot: Promise<Blob> | undefined): Promise<Payload> {
    switch (kind) {
      case 'screenshot':
        return {
          name: `${t('menuScreenshotFileName', fileTimeStamp(new Date()))}.png`,
          body: await (shot ?? deps.tab.screenshot(tabId)),
          contentType: 'image/png',
        };
      case 'image':
      case 'link': {
        const url = (kind === 'image' ? click.srcUrl : click.linkUrl) ?? '';
        const fetched = await fetchTarget(url, kind === 'image' ? 'image' : 'any', click.pageUrl, deps.fetch);
        return {
          name: nameForDownload(url, fetched.contentType, kind === 'image' ? 'image' : 'download'),
          body: fetched.bytes,
          contentType: fetched.contentType,
        };
      }
      case 'selection-md':
      case 'selection-txt': {
        const selection = await deps.tab.selection(tabId);
        const markdown = kind === 'selection-md';
        const text = markdown ? selectionToMarkdown(selection.nodes) : selection.text || click.selectionText || '';
        if (!text.trim()) throw new ToteError(ErrorCode.BadRequest, t('errorNothingSelected'));
        const type = markdown ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8';
        return {
          name: nameFromPage(selection.title, selection.url, ` ${t('menuSelectionFileTag')}`, markdown ? 'md' : 'txt'),
          body: new Blob([text], { type }),
          contentType: type,
        };
      }
      case 'page-html': {
        const page = await deps.tab.html(tabId);
        return {
          name: nameFromPage(page.title, page.url, '', 'html'),
          body: new Blob([page.html], { type: 'text/html; charset=utf-8' }),
          contentType: 'text/html; charset=utf-8',
        };
      }
      case 'page-mhtml': {
        const page = await deps.tab.html(tabId);
        return { name: nameFromPage(page.title, page.url, '', 'mhtml'), body: await deps.tab.mhtml(tabId), contentType: 'multipart/related' };
      }
    }
  }

  /**
   * Keys already under `folder` that a numbered variant of `name` could collide with. A listing,
   * not HEAD: without ListBucket on the exact key S3 answers a missing object with 403, not 404.
   */
  async function takenKeys(folder: string, name: string): Promise<Set<string>> {
    const taken = new Set<string>();
    let continuationToken: string | undefined;
    do {
      const page = await list({ prefix: folder + stemOf(name), pageSize: 1000, ...(continuationToken ? { continuationToken } : {}) }, SELF);
      for (const object of page.objects) taken.add(object.key);
      continuationToken = page.continuationToken;
    } while (continuationToken !== undefined && taken.size < 5000);
    return taken;
  }

  /** Saves what was clicked; `ready` is the host permission asked for in the click (may be refused). */
  return async function save(kind: SaveKind, click: MenuClick, tabId: number, ready: Promise<void> = Promise.resolve()): Promise<string | undefined> {
    const id = crypto.randomUUID();
    // Taken before the notice appears in the page, or the notice would be in the picture.
    const shot = kind === 'screenshot' ? deps.tab.screenshot(tabId) : undefined;
    shot?.catch(() => undefined);
    await deps.notice.show(tabId, { id, phase: 'progress', title: t(TITLES[kind]) });
    try {
      const access = await deps.s3.access();
      if (!access.signedIn) throw signInToSave();
      await ready;
      const payload = await payloadFor(kind, click, tabId, shot);
      // The same cap for what is read from the tab (page HTML, MHTML, a selection) as for fetched bytes.
      if (payload.body.size > MAX_SAVE_BYTES) throw tooLarge();
      const folder = resolveKeyTemplate((await deps.settings())?.saveFolder ?? DEFAULT_SAVE_FOLDER, access.identityId);
      const key = uniqueKey(folder, payload.name, await takenKeys(folder, payload.name));
      await put({ key, body: payload.body, contentType: payload.contentType.slice(0, 256) }, SELF);
      const link = await presign({ key, expiresInSeconds: LINK_SECONDS }, SELF).catch(() => undefined);
      await deps.notice.show(tabId, { id, phase: 'done', title: t('noticeSavedTitle'), key, ...(link ? { link: link.url } : {}) });
      return key;
    } catch (error) {
      const reason = explain(error);
      await deps.notice.show(tabId, { id, phase: 'failed', title: t('noticeSaveFailedTitle'), message: reason });
      return undefined;
    }
  };
}

function signInToSave(): ToteError {
  return new ToteError(ErrorCode.SignInRequired, t('errorSignInToSave'));
}

function explain(error: unknown): string {
  if (error instanceof ToteError) {
    if (error.code === ErrorCode.SignInRequired || error.code === ErrorCode.SessionExpired) return signInToSave().message;
    return error.message;
  }
  console.error('Tote: saving from a page failed', error);
  return t('errorUnexpected');
}
