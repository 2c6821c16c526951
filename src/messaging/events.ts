/** Lets an extension page react to the background's broadcasts (background/events.ts). */
import { browser } from '../browser.ts';
import { ENVELOPE_MARK } from './envelope.ts';
import type { EventName } from './protocol.ts';

/** Calls `listener` on each `event`; returns a function that stops listening. */
export function onEvent(event: EventName, listener: () => void): () => void {
  const handle = (message: unknown) => {
    if (
      typeof message === 'object' &&
      message !== null &&
      (message as { tote?: unknown }).tote === ENVELOPE_MARK &&
      (message as { event?: unknown }).event === event
    ) {
      listener();
    }
    // Never answer: requests between pages are not ours to reply to.
    return undefined;
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}
