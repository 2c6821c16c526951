/**
 * Chrome's upload relay: the offscreen document sends the background's already signed upload
 * requests with XMLHttpRequest, the one browser API that reports a request body's bytes as they
 * leave (a service worker has no XHR, and fetch cannot stream a body over HTTP/1.1). It reports
 * progress and the answer back over the port; it signs nothing and holds no credentials.
 *
 * A worker's requests live as long as its port. Adopting a dead worker's requests instead would
 * need the new worker to find them, match them to parts and wait on answers signed for another
 * instance; dropping them keeps one truth, S3's list of parts, which resume reads anyway.
 */
import { browser, type Runtime } from '../src/browser.ts';
import { RELAY_PORT, type RelayReply, type RelayRequest } from '../src/offscreen/relay-messages.ts';

/** Set by the browser from the body and URL; XHR refuses them (the signature covers the same values). */
const BROWSER_SET_HEADERS = new Set(['host', 'content-length', 'connection', 'expect', 'keep-alive', 'transfer-encoding']);

function parseHeaders(raw: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function send(port: Runtime.Port, request: Extract<RelayRequest, { kind: 'send' }>, running: Map<number, XMLHttpRequest>): void {
  const reply = (message: RelayReply) => {
    try {
      port.postMessage(message);
    } catch {
      // The background stopped; the port's disconnect aborts what is left.
    }
  };
  const xhr = new XMLHttpRequest();
  running.set(request.id, xhr);
  xhr.open(request.method, request.url);
  for (const [name, value] of Object.entries(request.headers)) if (!BROWSER_SET_HEADERS.has(name.toLowerCase())) xhr.setRequestHeader(name, value);
  xhr.upload.onprogress = (event) => reply({ kind: 'progress', id: request.id, loaded: event.loaded });
  xhr.onload = () => {
    running.delete(request.id);
    reply({ kind: 'done', id: request.id, status: xhr.status, headers: parseHeaders(xhr.getAllResponseHeaders()), body: xhr.responseText });
  };
  xhr.onerror = () => {
    running.delete(request.id);
    // XHR tells a network failure and a CORS refusal apart no better than this; the background
    // turns it into the person's words (background/s3/s3-errors.ts).
    reply({ kind: 'error', id: request.id, reason: 'network' });
  };
  xhr.send(request.body ?? null);
}

export function serveUploadRelay(): void {
  browser.runtime.onConnect.addListener((port) => {
    // Only the background opens this port (pages and content scripts never connect to it).
    if (port.name !== RELAY_PORT || port.sender?.id !== browser.runtime.id || port.sender.tab !== undefined) return;
    const running = new Map<number, XMLHttpRequest>();
    // The worker that asked is gone (stopped, or restarted): nobody will hear these answers, and
    // the next worker asks S3 which parts arrived and sends the rest itself. Letting them run on
    // would send those parts twice; a part cut off mid-body is never stored by S3.
    port.onDisconnect.addListener(() => {
      for (const xhr of running.values()) xhr.abort();
      running.clear();
    });
    port.onMessage.addListener((received: unknown) => {
      const message = received as RelayRequest;
      if (message.kind === 'send') send(port, message, running);
      else if (message.kind === 'abort') {
        running.get(message.id)?.abort();
        running.delete(message.id);
      }
    });
  });
}
