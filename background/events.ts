/**
 * Tells open extension pages that something changed. `runtime.sendMessage` from the background
 * reaches extension pages only, never content scripts; the event carries no data, pages ask again.
 */
import { browser } from '../src/browser.ts';
import type { EventName } from '../src/messaging/protocol.ts';

export function broadcast(event: EventName): void {
  // With no page open there is no receiver, and the browser rejects: nothing to do then.
  browser.runtime.sendMessage({ tote: 'tote/1', event }).catch(() => undefined);
}
