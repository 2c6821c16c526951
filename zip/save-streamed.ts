/**
 * Chrome: has the service worker stream the archive straight into a download (zip/stream-messages.ts)
 * and relays its news. Resolves when the archive is whole; rejects with the worker's sentence, or
 * with the abort reason once cancelled (the worker then errors the download, so Chrome never
 * reports it complete).
 */
import { browser } from '../src/browser.ts';
import type { Client } from '../src/messaging/client.ts';
import type { ZipRequest } from '../src/ui/zip-url.ts';
import { ZipProblem } from './collect-objects.ts';
import type { ZipProgress } from './progress.ts';
import { type ZipStreamNews, type ZipStreamOrder, ZIP_STREAM_PATH, zipChannelName } from './stream-messages.ts';

/** A message now and then keeps Chrome's worker awake while it streams (it idles out after 30 s without events). */
const KEEP_AWAKE_MS = 20_000;

export function saveStreamed(client: Client, request: ZipRequest, signal: AbortSignal, onProgress: (progress: ZipProgress) => void): Promise<void> {
  const job = crypto.randomUUID();
  const channel = new BroadcastChannel(zipChannelName(job));
  const frame = document.createElement('iframe');
  const awake = setInterval(() => void client.call('ping', {}), KEEP_AWAKE_MS);
  return new Promise<void>((resolve, reject) => {
    signal.addEventListener('abort', () => channel.postMessage({ kind: 'cancel' } satisfies ZipStreamOrder), { once: true });
    channel.onmessage = (event: MessageEvent<ZipStreamNews>) => {
      const news = event.data;
      if (news.kind === 'progress') onProgress(news.progress);
      else if (news.kind === 'done') resolve();
      else if (news.kind === 'failed') reject(new ZipProblem(news.message));
      else reject(signal.reason ?? new DOMException('Cancelled', 'AbortError'));
    };
    frame.hidden = true;
    frame.title = 'download';
    frame.src = `${browser.runtime.getURL(ZIP_STREAM_PATH)}?job=${job}&r=${encodeURIComponent(JSON.stringify(request))}`;
    document.body.append(frame);
  }).finally(() => {
    clearInterval(awake);
    channel.close();
    // The download belongs to Chrome once it has started; the frame only carried its start.
    setTimeout(() => frame.remove(), 60_000);
  });
}
