/**
 * Downloads through presigned links with `download: true` (Content-Disposition: attachment): the
 * browser streams each file from S3 to disk. Each link loads in its own hidden frame: following
 * links one after another from the page itself would cancel all but the last download, and
 * `browser.downloads` would need a permission.
 */
import type { Client } from '../src/messaging/client.ts';

/** Short: the link is followed at once. */
export const DOWNLOAD_LINK_SECONDS = 300;
/** The frame only carries the download's start; the browser owns the download after that. */
const FRAME_LIFETIME_MS = 60_000;

/** Starts a download per key; returns a sentence per key whose link could not be made. */
export async function downloadKeys(client: Client, keys: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const key of keys) {
    const reply = await client.call('s3.presign', { key, expiresInSeconds: DOWNLOAD_LINK_SECONDS, download: true });
    if (!reply.ok) {
      problems.push(`${key.slice(key.lastIndexOf('/') + 1)}: ${reply.error.message}`);
      continue;
    }
    followDownloadLink(reply.value.url);
  }
  return problems;
}

/** Loads a download link (Content-Disposition: attachment) in a hidden frame of its own. */
export function followDownloadLink(url: string): void {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'download';
  frame.src = url;
  document.body.append(frame);
  setTimeout(() => frame.remove(), FRAME_LIFETIME_MS);
}
