/**
 * What a finished consent question leaves behind: an answer is stored with the exact scope the
 * window showed and clears the origin's back-off; a dismissal lengthens the back-off.
 */
import type { ConsentBackoff } from './consent-backoff.ts';
import type { RecordOutcome } from './consent-prompt.ts';
import type { ConsentStore } from './consent-store.ts';

export function recordOutcome(consents: ConsentStore, backoff: ConsentBackoff): RecordOutcome {
  return async (question, answer) => {
    if (answer === 'dismissed') {
      await backoff.dismissed(question.origin);
      return;
    }
    await consents.set(question.origin, answer, question.scope);
    await backoff.reset(question.origin);
  };
}
