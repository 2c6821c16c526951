/**
 * Chrome only: the service worker answers the zip page's `zip/stream` request with the archive
 * itself, streamed, so Chrome saves it to disk as it is made and nothing holds the whole archive
 * (zip/stream-messages.ts). The archive is built by the same code as on the page, its requests
 * routed in-process as the zip page's own, with the same sender checks and schemas.
 */
import { attachment } from './s3/link-headers.ts';
import { archiveStream } from '../zip/build-archive.ts';
import { collectObjects, ZipProblem } from '../zip/collect-objects.ts';
import { type ZipStreamNews, type ZipStreamOrder, ZIP_STREAM_PATH, zipChannelName } from '../zip/stream-messages.ts';
import type { Client } from '../src/messaging/client.ts';
import { zipRequestFromHash } from '../src/ui/zip-url.ts';
import { t } from '../src/i18n/t.ts';

/** The part of a service worker's FetchEvent this uses (the DOM library has no worker types). */
interface FetchEventLike extends Event {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

async function respond(url: URL, client: Client): Promise<Response> {
  const job = url.searchParams.get('job') ?? '';
  const request = zipRequestFromHash(`#${url.searchParams.get('r') ?? ''}`);
  if (!/^[0-9a-f-]{36}$/.test(job) || request === undefined) return new Response(t('errorZipNothingNamed'), { status: 400 });
  const channel = new BroadcastChannel(zipChannelName(job));
  const tell = (news: ZipStreamNews) => channel.postMessage(news);
  const stop = new AbortController();
  const { signal } = stop;
  channel.onmessage = (event: MessageEvent<ZipStreamOrder>) => event.data.kind === 'cancel' && stop.abort();
  const end = (news: ZipStreamNews) => {
    tell(news);
    channel.close();
  };
  const failed = (error: unknown) =>
    end(
      signal.aborted
        ? { kind: 'cancelled' }
        : { kind: 'failed', message: error instanceof ZipProblem ? error.message : t('errorZipFailedBecause', (error as Error).message) },
    );
  try {
    const objects = await collectObjects(client, request.items, signal);
    const archive = archiveStream(client, objects, request.base, signal, (progress) => tell({ kind: 'progress', progress }));
    const reader = archive.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            controller.close();
            end({ kind: 'done' });
          } else controller.enqueue(value);
        } catch (error) {
          // Chrome marks the download failed, never complete, when its body errors.
          controller.error(error);
          failed(error);
        }
      },
      cancel(reason) {
        // The user cancelled the download in Chrome's own downloads list.
        stop.abort(reason);
        void reader.cancel(reason).catch(() => undefined);
        end({ kind: 'cancelled' });
      },
    });
    return new Response(body, { headers: { 'content-type': 'application/zip', 'content-disposition': attachment(request.name) } });
  } catch (error) {
    failed(error);
    return new Response(t('errorZipFailed'), { status: 500 });
  }
}

/** The part of a service worker's InstallEvent this uses: Chrome's static routing (Chrome 123+). */
interface InstallEventLike extends Event {
  addRoutes?(routes: Array<{ condition: { urlPattern: { pathname: string } }; source: 'fetch-event' | 'network' }>): Promise<void>;
  waitUntil(done: Promise<unknown>): void;
}

/**
 * Adds the fetch listener; call at start, with the others, so a woken worker hears the request.
 * A worker with a fetch listener is started before any page of the extension loads, to ask it
 * about the page: that start was most of a popup's wait on a stopped worker (docs/benchmarks.md).
 * Routes declared at install say only `zip/stream` needs the worker; every other file is read as is.
 */
export function serveZipStreams(origin: string, client: Client): void {
  globalThis.addEventListener?.('install', (event) => {
    const install = event as InstallEventLike;
    const routed = install.addRoutes?.([
      { condition: { urlPattern: { pathname: `/${ZIP_STREAM_PATH}` } }, source: 'fetch-event' },
      { condition: { urlPattern: { pathname: '/*' } }, source: 'network' },
    ]);
    if (routed) install.waitUntil(routed.catch((error: unknown) => console.warn('Tote: pages will wait for the worker to start', error)));
  });
  // Node (the wired background's unit test) has no global event target, and no fetches to answer.
  globalThis.addEventListener?.('fetch', (event) => {
    const fetchEvent = event as FetchEventLike;
    const url = new URL(fetchEvent.request.url);
    if (url.origin !== origin || url.pathname !== `/${ZIP_STREAM_PATH}`) return;
    fetchEvent.respondWith(respond(url, client));
  });
}
