/**
 * Whether the user lets `origin` use Tote for what settings grant it now, asking when needed.
 * A question is asked only when nothing stored covers the grant, the origin is not backing off
 * after unanswered questions, and the request says it carries a user activation (content/bridge.ts
 * reads `navigator.userActivation`; the background cannot check that claim, see
 * docs/security-consent.md, so the back-off and the one-window-per-origin rule bound what a lying
 * renderer gets). Throws `consent_denied` otherwise.
 */
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { covers, type Grant } from '../../src/page/consent-scope.ts';
import { describeWait, type ConsentBackoff } from './consent-backoff.ts';
import type { ConsentPrompt } from './consent-prompt.ts';
import type { ConsentStore } from './consent-store.ts';

export interface ConsentCheckDependencies {
  consents: ConsentStore;
  backoff: ConsentBackoff;
  prompt: Pick<ConsentPrompt, 'ask'>;
}

const denied = (message: string, retryable: boolean) => new ToteError(ErrorCode.ConsentDenied, message, { retryable });

export async function checkConsent(deps: ConsentCheckDependencies, origin: string, granted: Grant[], userActivation: boolean): Promise<void> {
  const stored = await deps.consents.get(origin);
  if (stored?.decision === 'deny') throw denied("The user did not allow this site to use Tote. They can change that in Tote's options.", false);
  if (stored?.decision === 'allow' && covers(stored.scope, granted)) return;
  const wait = await deps.backoff.waitLeft(origin);
  if (wait > 0) throw denied(`The user closed Tote's question for this site without answering; it can ask again in ${describeWait(wait)}.`, true);
  if (!userActivation) {
    const why = stored === undefined ? 'has not allowed this site to use Tote yet' : 'allowed this site less than it may now do';
    throw denied(`The user ${why}. Tote asks only right after a click or key press on the page: ask from a button's click handler.`, true);
  }
  const answer = await deps.prompt.ask(origin, granted);
  if (answer === 'deny') throw denied("The user did not allow this site to use Tote. They can change that in Tote's options.", false);
  if (answer === 'dismissed') {
    const again = await deps.backoff.waitLeft(origin);
    throw denied(`The user closed Tote's question for this site without answering; it can ask again in ${describeWait(again)}.`, true);
  }
}
