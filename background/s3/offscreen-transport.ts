/**
 * Chrome's upload transport: hands each signed upload request to the offscreen relay
 * (offscreen/xhr-relay.ts), which sends it with XMLHttpRequest and reports bytes as they leave.
 * The document is created on the first upload and closed when uploads have been idle a while.
 * The relay sees what a presigned link carries (a signature and the session token), never the
 * secret key; nothing reaches pages or content scripts, since a port goes to the relay alone.
 */
import { t } from '../../src/i18n/t.ts';
import { HttpResponse, buildQueryString } from '@smithy/core/protocols';
import type { HttpHandlerOptions, HttpRequest } from '@smithy/types';
import { RELAY_PAGE, RELAY_PORT, type RelayReply, type RelayRequest } from '../../src/offscreen/relay-messages.ts';

/** The port as Chrome hands it out. */
interface Port {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * The parts of Chrome's API this needs, used directly: the polyfill has no `offscreen`, and this
 * file is also loaded (never called) where no extension API exists (Node integration tests).
 */
interface ChromeOffscreen {
  runtime: {
    getURL(path: string): string;
    connect(info: { name: string }): Port;
    getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
  };
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>; closeDocument(): Promise<void> };
}

/** Idle uploads this long close the document (it costs a renderer process). */
const CLOSE_AFTER_IDLE_MS = 60_000;

export function offscreenAvailable(): boolean {
  return typeof (globalThis as { chrome?: Partial<ChromeOffscreen> }).chrome?.offscreen?.createDocument === 'function';
}

export function createOffscreenTransport(onProgress: (request: HttpRequest, bytesSent: number) => void) {
  const chrome = (globalThis as unknown as { chrome: ChromeOffscreen }).chrome;
  let port: Promise<Port> | undefined;
  let nextId = 1;
  let inFlight = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const waiting = new Map<number, (reply: RelayReply) => void>();

  async function openDocument(): Promise<void> {
    const url = chrome.runtime.getURL(RELAY_PAGE);
    const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (open.length === 0) {
      await chrome.offscreen.createDocument({
        url: RELAY_PAGE,
        reasons: ['BLOBS'],
        justification: 'Sends file uploads with XMLHttpRequest to show their progress.',
      });
    }
  }

  function relay(): Promise<Port> {
    port ??= openDocument().then(() => {
      const connected = chrome.runtime.connect({ name: RELAY_PORT });
      connected.onMessage.addListener((reply: unknown) => {
        const message = reply as RelayReply;
        waiting.get(message.id)?.(message);
      });
      connected.onDisconnect.addListener(() => {
        port = undefined;
        for (const [id, settle] of waiting) settle({ kind: 'error', id, reason: 'closed' });
      });
      return connected;
    });
    port.catch(() => (port = undefined));
    return port;
  }

  function busy(delta: number): void {
    inFlight += delta;
    clearTimeout(idleTimer);
    if (inFlight === 0) {
      idleTimer = setTimeout(() => {
        port = undefined;
        void chrome.offscreen.closeDocument().catch(() => undefined);
      }, CLOSE_AFTER_IDLE_MS);
    }
  }

  return {
    handle: async (request: HttpRequest, options: HttpHandlerOptions = {}): Promise<{ response: HttpResponse }> => {
      const abortSignal = options.abortSignal as AbortSignal | undefined;
      if (abortSignal?.aborted) throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
      const query = buildQueryString(request.query ?? {});
      const url = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}${query ? `?${query}` : ''}`;
      const connected = await relay();
      const id = nextId++;
      busy(+1);
      try {
        const reply = await new Promise<Extract<RelayReply, { kind: 'done' | 'error' }>>((resolve, reject) => {
          const onAbort = () => {
            waiting.delete(id);
            connected.postMessage({ kind: 'abort', id } satisfies RelayRequest);
            reject(Object.assign(new Error('Request aborted'), { name: 'AbortError' }));
          };
          abortSignal?.addEventListener('abort', onAbort, { once: true });
          waiting.set(id, (message) => {
            if (message.kind === 'progress') return onProgress(request, message.loaded);
            waiting.delete(id);
            abortSignal?.removeEventListener('abort', onAbort);
            resolve(message);
          });
          const body =
            request.body instanceof Blob
              ? request.body
              : request.body === undefined || request.body === null
                ? undefined
                : new Blob([request.body as BlobPart]);
          connected.postMessage({ kind: 'send', id, method: request.method, url, headers: request.headers, ...(body ? { body } : {}) } satisfies RelayRequest);
        });
        if (reply.kind === 'error') throw Object.assign(new Error(`upload relay: ${reply.reason}`), { name: 'TypeError' });
        return { response: new HttpResponse({ statusCode: reply.status, headers: reply.headers, body: new Blob([reply.body]) }) };
      } finally {
        busy(-1);
      }
    },
    updateHttpClientConfig(): void {},
    httpHandlerConfigs: () => ({}),
    destroy(): void {},
  };
}
