/**
 * Who sent a message, decided from what the browser reports (never from the message itself).
 * Fails closed: anything that is not our own extension page or our own content script in a tab
 * is `undefined`, and the router does not answer it at all.
 */
import type { Runtime } from '../src/browser.ts';

export type Sender = { kind: 'page'; url: string } | { kind: 'content'; origin: string; url: string; tabId: number; frameId: number };

export interface Self {
  /** `runtime.id` */
  id: string;
  /** Origin of our extension pages, e.g. `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  origin: string;
}

export function classifySender(sender: Runtime.MessageSender, self: Self): Sender | undefined {
  if (sender.id !== self.id || typeof sender.url !== 'string') return undefined;
  const origin = originOf(sender, self);
  if (origin === undefined) return undefined;
  if (origin === self.origin) return { kind: 'page', url: sender.url };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || typeof sender.frameId !== 'number') return undefined;
  return { kind: 'content', origin, url: sender.url, tabId, frameId: sender.frameId };
}

/**
 * Chrome reports `origin` (right even for about:blank frames); Firefox only the URL. Extension
 * URLs are matched by prefix: `URL.origin` is "null" for non-special schemes in some runtimes.
 * Opaque origins ("null": sandboxed frames, data: URLs) are refused.
 */
function originOf(sender: Runtime.MessageSender & { origin?: string }, self: Self): string | undefined {
  if (typeof sender.origin === 'string') return sender.origin === 'null' ? undefined : sender.origin;
  const url = sender.url as string;
  if (url.startsWith(`${self.origin}/`)) return self.origin;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
