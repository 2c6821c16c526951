/**
 * Whether the user lets `origin` use Tote for what settings grant it now, asking when needed.
 * A question is asked only when nothing stored covers the grant, the origin is not backing off
 * after unanswered questions, the request says it carries a user activation (content/bridge.ts
 * reads `navigator.userActivation`; the background cannot check that claim, see
 * docs/security-consent.md, so the back-off and the one-window-per-origin rule bound what a lying
 * renderer gets) and its tab is the one in front (which the browser knows). Throws
 * `consent_denied` otherwise.
 */
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { covers, type Grant } from '../../src/page/consent-scope.ts';
import { t } from '../../src/i18n/t.ts';
import { describeWait, type ConsentBackoff } from './consent-backoff.ts';
import type { ConsentPrompt } from './consent-prompt.ts';
import type { ConsentStore } from './consent-store.ts';

export interface ConsentCheckDependencies {
  consents: ConsentStore;
  backoff: ConsentBackoff;
  prompt: Pick<ConsentPrompt, 'ask'>;
  /** Whether the tab is the one its window shows (background/bridge/tab-in-front.ts). */
  tabInFront(tabId: number): Promise<boolean>;
}

/** Who asks: the origin and tab the browser reported, and the activation the request claims. */
export interface Asker {
  origin: string;
  tabId: number;
  userActivation: boolean;
}

const denied = (message: string, retryable: boolean) => new ToteError(ErrorCode.ConsentDenied, message, { retryable });

export async function checkConsent(deps: ConsentCheckDependencies, { origin, tabId, userActivation }: Asker, granted: Grant[]): Promise<void> {
  const stored = await deps.consents.get(origin);
  if (stored?.decision === 'deny') throw denied(t('errorConsentDenied'), false);
  if (stored?.decision === 'allow' && covers(stored.scope, granted)) return;
  const wait = await deps.backoff.waitLeft(origin);
  if (wait > 0) throw denied(t('errorConsentDismissed', describeWait(wait)), true);
  const first = stored === undefined;
  if (!userActivation) throw denied(t(first ? 'errorConsentNotYetNeedsClick' : 'errorConsentWiderNeedsClick'), true);
  if (!(await deps.tabInFront(tabId))) throw denied(t(first ? 'errorConsentNotYetNeedsFront' : 'errorConsentWiderNeedsFront'), true);
  const answer = await deps.prompt.ask(origin, granted);
  if (answer === 'deny') throw denied(t('errorConsentDenied'), false);
  if (answer === 'dismissed') {
    const again = await deps.backoff.waitLeft(origin);
    throw denied(t('errorConsentDismissed', describeWait(again)), true);
  }
}
