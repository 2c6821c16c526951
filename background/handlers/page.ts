/** Handlers of the page integration messages (issue 7): consents, "Open in Tote", the test-only menu click. */
import { browser, type Tabs } from '../../src/browser.ts';
import { DEVELOPMENT_BUILD } from '../../src/build-info.ts';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { DEFAULT_SAVE_FOLDER, type Settings } from '../../src/settings/schema.ts';
import type { ConsentBackoff } from '../bridge/consent-backoff.ts';
import type { ConsentPrompt } from '../bridge/consent-prompt.ts';
import type { ConsentStore } from '../bridge/consent-store.ts';
import type { MenuClick } from '../page-save/menu-items.ts';
import type { Handler } from '../router.ts';

export interface PageHandlerDependencies {
  consents: ConsentStore;
  backoff: ConsentBackoff;
  prompt: ConsentPrompt;
  settings(): Promise<Settings | undefined>;
  /** The very listener registered on `contextMenus.onClicked`. */
  menuClicked(info: MenuClick, tab: Tabs.Tab | undefined): Promise<string | undefined> | undefined;
}

/**
 * The tab showing `url`. Without the "tabs" permission tabs carry no URL, so each tab is asked
 * where it is (this only works on pages Tote may script: loopback in development builds).
 */
async function tabShowing(url: string): Promise<Tabs.Tab | undefined> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined) continue;
    const results = await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, func: () => location.href }).catch(() => []);
    if (results[0]?.result === url) return tab;
  }
  return undefined;
}

export function pageHandlers(deps: PageHandlerDependencies) {
  const decide: Handler<'bridge.decide'> = async (request) => {
    // Only a question still open is answered, by its id (the answer is stored with the scope that
    // question showed): a stale or hand-made consent window cannot pre-approve a site that never asked.
    return { answered: await deps.prompt.answer(request.question, request.allow ? 'allow' : 'deny') };
  };
  const consents: Handler<'bridge.consents'> = () => deps.consents.list();
  const revoke: Handler<'bridge.revoke'> = async (request) => {
    await deps.consents.revoke(request.origin);
    // The user chose to let the site ask again: from now, not after a back-off.
    await deps.backoff.reset(request.origin);
    return deps.consents.list();
  };
  const openInTote: Handler<'page.openInTote'> = async () => {
    const folder = (await deps.settings())?.saveFolder ?? DEFAULT_SAVE_FOLDER;
    await browser.tabs.create({ url: `${browser.runtime.getURL('popup/index.html')}#folder=${encodeURIComponent(folder)}` });
    return { opened: true };
  };
  const menuClick: Handler<'dev.menuClick'> = async (request) => {
    if (!DEVELOPMENT_BUILD) throw new ToteError(ErrorCode.Forbidden, 'Only development builds take simulated menu clicks.');
    const tab = await tabShowing(request.pageUrl);
    if (tab === undefined) throw new ToteError(ErrorCode.NotFound, `No open tab shows ${request.pageUrl}.`);
    const key = await deps.menuClicked(request.info, tab);
    return key === undefined ? {} : { key };
  };
  return { decide, consents, revoke, openInTote, menuClick };
}
