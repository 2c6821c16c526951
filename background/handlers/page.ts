/** Handlers of the page integration messages (docs/architecture.md, Page integration): consents and "Open in Tote". */
import { browser } from '../../src/browser.ts';
import { DEFAULT_SAVE_FOLDER, type Settings } from '../../src/settings/schema.ts';
import { type BridgeDependencies, bridgeHandler, bridgeListedHandler } from '../bridge/bridge-handler.ts';
import type { ConsentBackoff } from '../bridge/consent-backoff.ts';
import type { ConsentPrompt } from '../bridge/consent-prompt.ts';
import type { ConsentStore } from '../bridge/consent-store.ts';
import type { Handler, Handlers } from '../router.ts';

/**
 * Only a question still open is answered, by its id (the answer is stored with the scope that
 * question showed): a stale or hand-made consent window cannot pre-approve a site that never asked.
 */
export function decideConsentHandler(prompt: ConsentPrompt): Handler<'bridge.decide'> {
  return async (request) => ({ answered: await prompt.answer(request.question, request.allow ? 'allow' : 'deny') });
}

export function listConsentsHandler(consents: ConsentStore): Handler<'bridge.consents'> {
  return () => consents.list();
}

/** The user chose to let the site ask again: from now, not after a back-off. */
export function revokeConsentHandler(consents: ConsentStore, backoff: ConsentBackoff): Handler<'bridge.revoke'> {
  return async (request) => {
    await consents.revoke(request.origin);
    await backoff.reset(request.origin);
    return consents.list();
  };
}

/** Opens the popup page in a tab at the save folder. */
export function openInToteHandler(settings: () => Promise<Settings | undefined>): Handler<'page.openInTote'> {
  return async () => {
    const folder = (await settings())?.saveFolder ?? DEFAULT_SAVE_FOLDER;
    await browser.tabs.create({ url: `${browser.runtime.getURL('popup/index.html')}#folder=${encodeURIComponent(folder)}` });
    return { opened: true };
  };
}

export interface PageHandlerDependencies extends BridgeDependencies {
  /** The consent window's whole prompt (the bridge itself only asks). */
  prompt: ConsentPrompt;
  settings(): Promise<Settings | undefined>;
}

export type PageHandlers = Pick<Handlers, 'bridge.request' | 'bridge.listed' | 'bridge.decide' | 'bridge.consents' | 'bridge.revoke' | 'page.openInTote'>;

/** The page integration's handlers, wired once for the background (page-integration.ts) and the router fuzz test. */
export function pageHandlers(deps: PageHandlerDependencies): PageHandlers {
  return {
    'bridge.request': bridgeHandler(deps),
    'bridge.listed': bridgeListedHandler(deps),
    'bridge.decide': decideConsentHandler(deps.prompt),
    'bridge.consents': listConsentsHandler(deps.consents),
    'bridge.revoke': revokeConsentHandler(deps.consents, deps.backoff),
    'page.openInTote': openInToteHandler(deps.settings),
  };
}
