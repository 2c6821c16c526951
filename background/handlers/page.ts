/** Handlers of the page integration messages (issue 7): consents and "Open in Tote". */
import { browser } from '../../src/browser.ts';
import { DEFAULT_SAVE_FOLDER, type Settings } from '../../src/settings/schema.ts';
import type { ConsentPrompt } from '../bridge/consent-prompt.ts';
import type { ConsentStore } from '../bridge/consent-store.ts';
import type { Handler } from '../router.ts';

export interface PageHandlerDependencies {
  consents: ConsentStore;
  prompt: ConsentPrompt;
  settings(): Promise<Settings | undefined>;
}

export function pageHandlers(deps: PageHandlerDependencies) {
  const decide: Handler<'bridge.decide'> = async (request) => {
    // Only a question still open is answered (the waiting request remembers it): a stale or
    // hand-made consent window cannot pre-approve a site that never asked.
    return { answered: deps.prompt.answer(request.origin, request.allow ? 'allow' : 'deny') };
  };
  const consents: Handler<'bridge.consents'> = () => deps.consents.list();
  const revoke: Handler<'bridge.revoke'> = async (request) => {
    await deps.consents.revoke(request.origin);
    return deps.consents.list();
  };
  const openInTote: Handler<'page.openInTote'> = async () => {
    const folder = (await deps.settings())?.saveFolder ?? DEFAULT_SAVE_FOLDER;
    await browser.tabs.create({ url: `${browser.runtime.getURL('popup/index.html')}#folder=${encodeURIComponent(folder)}` });
    return { opened: true };
  };
  return { decide, consents, revoke, openInTote };
}
