/** Handlers of the page integration messages (docs/architecture.md, Page integration): consents and "Open in Tote". */
import { browser } from '../../src/browser.ts';
import { DEFAULT_SAVE_FOLDER, type Settings } from '../../src/settings/schema.ts';
import type { ConsentBackoff } from '../bridge/consent-backoff.ts';
import type { ConsentPrompt } from '../bridge/consent-prompt.ts';
import type { ConsentStore } from '../bridge/consent-store.ts';
import type { Handler } from '../router.ts';

export interface PageHandlerDependencies {
  consents: ConsentStore;
  backoff: ConsentBackoff;
  prompt: ConsentPrompt;
  settings(): Promise<Settings | undefined>;
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
  return { decide, consents, revoke, openInTote };
}
