/**
 * Development builds only, on loopback pages only (see scripts/build/manifest.ts): lets a local
 * test page drive the messaging client exactly as a content script would, since tests cannot
 * evaluate code inside a content script's isolated world in every browser. Release builds do not
 * contain it. Requests and replies travel as JSON strings in DOM events, which cross from the
 * page's world to the content script's in Chrome and Firefox alike.
 */
import { browser } from '../src/browser.ts';
import { createClient } from '../src/messaging/client.ts';
import type { MessageName, RequestOf } from '../src/messaging/protocol.ts';

interface ProbeRequest {
  id: string;
  /** Either a typed call through the client… */
  name?: MessageName;
  request?: unknown;
  /** …or a raw message sent as is, to test what the background does with malformed input… */
  raw?: unknown;
  /** …or what this content script can read from each storage area (tests prove secrets are not there). */
  readStorage?: true;
  /** …or writes these items to `storage.local`, as a compromised renderer can (tests prove the background ignores them)… */
  writeLocal?: Record<string, unknown>;
  /** …or the text of Tote's save notice, read through its closed shadow root as only an extension can. */
  readNotice?: true;
}

/** Content scripts may open a closed shadow root: Chrome through `chrome.dom`, Firefox through `openOrClosedShadowRoot`. */
function readNotice(): { text: string | null } {
  const host = document.querySelector('tote-notice') as (Element & { openOrClosedShadowRoot?: ShadowRoot | null }) | null;
  if (host === null) return { text: null };
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot(element: Element): ShadowRoot | null } } }).chrome?.dom;
  const root = chromeDom ? chromeDom.openOrClosedShadowRoot(host) : (host.openOrClosedShadowRoot ?? null);
  return { text: root ? (root.textContent ?? '') : null };
}

async function readStorage(): Promise<Record<string, unknown>> {
  const areas = browser.storage as unknown as Record<string, { get(keys: null): Promise<Record<string, unknown>> } | undefined>;
  const seen: Record<string, unknown> = {};
  for (const name of ['local', 'session', 'sync']) {
    try {
      seen[name] = areas[name] ? await areas[name].get(null) : { unavailable: true };
    } catch (error) {
      seen[name] = { refused: (error as Error).message };
    }
  }
  return seen;
}

const client = createClient();

/**
 * JSON cannot carry a Blob: `bodyText` in a request becomes the `body` Blob a real caller sends,
 * and `bodySize` a Blob of that many zero bytes (large bodies without shipping them through the driver).
 */
function withBody(request: unknown): unknown {
  if (typeof request !== 'object' || request === null) return request;
  if ('bodyText' in request) {
    const { bodyText, ...rest } = request as { bodyText: string };
    return { ...rest, body: new Blob([bodyText], { type: 'text/plain' }) };
  }
  if ('bodySize' in request) {
    const { bodySize, ...rest } = request as { bodySize: number };
    return { ...rest, body: new Blob([new Uint8Array(bodySize)]) };
  }
  return request;
}

document.addEventListener('tote-probe-request', (event) => {
  const detail = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string') return;
  let probe: ProbeRequest;
  try {
    probe = JSON.parse(detail) as ProbeRequest;
  } catch {
    return;
  }
  const answer = probe.readNotice
    ? Promise.resolve(readNotice())
    : probe.writeLocal
      ? browser.storage.local.set(probe.writeLocal).then(
          () => ({ written: true }),
          (error: Error) => ({ refused: error.message }),
        )
      : probe.readStorage
        ? readStorage()
        : 'raw' in probe
          ? browser.runtime.sendMessage(probe.raw).catch((error: Error) => ({ thrown: error.message }))
          : client.call(probe.name as MessageName, withBody(probe.request) as RequestOf<MessageName>);
  void answer.then((reply) => {
    document.dispatchEvent(new CustomEvent('tote-probe-reply', { detail: JSON.stringify({ id: probe.id, reply }) }));
  });
});

document.documentElement.dataset.toteProbe = 'ready';
