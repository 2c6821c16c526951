/**
 * The HTTP transport for uploads, and the only source of byte-level upload progress.
 *
 * Firefox's background is an event page, which has XMLHttpRequest: its `upload.onprogress`
 * reports bytes as they leave, through the SDK's own `XhrHttpHandler`. Chrome's background is a
 * service worker, which has no XMLHttpRequest, and fetch cannot stream a request body over
 * HTTP/1.1 (what S3 speaks), so Chrome's uploads go through an offscreen document that has XHR
 * (offscreen-transport.ts). Uploads use their own S3 client with this transport; everything else
 * keeps fetch (these transports read replies as text, which would mangle `s3.get` bytes).
 */
import { XhrHttpHandler } from '@aws-sdk/xhr-http-handler';
import type { HttpRequest } from '@smithy/types';
import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import { createOffscreenTransport, offscreenAvailable } from './offscreen-transport.ts';

/** Substituted by the build (src/build-info.ts); used directly so the Chrome bundle drops XHR. */
declare const __TOTE_BROWSER__: 'chrome' | 'firefox';

export type UploadProgressListener = (request: HttpRequest, bytesSent: number) => void;

const listeners = new Set<UploadProgressListener>();

/** Hears every upload request's progress (Firefox); returns how to stop listening. */
export function onUploadProgress(listener: UploadProgressListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function report(request: HttpRequest, bytesSent: number): void {
  for (const listener of listeners) listener(request, bytesSent);
}

/**
 * The SDK's XHR handler answers an aborted request with a response of status 0: `xhr.abort()`
 * fires the DONE state change, which resolves, before the handler's own abort rejection; and the
 * SDK fails only at status 300 and above. So a cancelled PUT looked finished — the upload said
 * done with nothing in S3 (test/e2e/transfer-resume.e2e.test.ts). Status 0 is no HTTP answer at
 * all: the request was aborted, or its connection lost.
 */
class XhrUploadHandler extends XhrHttpHandler {
  override async handle(...[request, options]: Parameters<XhrHttpHandler['handle']>) {
    const answer = await super.handle(request, options);
    if (answer.response.statusCode !== 0) return answer;
    if (options?.abortSignal?.aborted) throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    throw new Error(`${XhrHttpHandler.ERROR_IDENTIFIER}: the connection closed without an answer`);
  }
}

export function uploadTransport(): XhrHttpHandler | FetchHttpHandler | ReturnType<typeof createOffscreenTransport> {
  if (__TOTE_BROWSER__ === 'firefox' && typeof XMLHttpRequest === 'function') {
    const handler = new XhrUploadHandler();
    handler.on(XhrHttpHandler.EVENTS.UPLOAD_PROGRESS, (event: ProgressEvent, request: HttpRequest) => report(request, event.loaded));
    return handler;
  }
  if (__TOTE_BROWSER__ === 'chrome' && offscreenAvailable()) return createOffscreenTransport(report);
  return new FetchHttpHandler();
}
