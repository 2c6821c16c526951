/**
 * Downloads through presigned links with `download: true` (Content-Disposition: attachment): the
 * browser streams the file from S3 to disk. Following the link from an anchor saves the file and
 * leaves the popup where it is, so no `downloads` permission is needed.
 */
import type { Client } from '../src/messaging/client.ts';

/** Short: the link is followed at once. */
const DOWNLOAD_LINK_SECONDS = 300;

/** Starts a download per key; returns a sentence per key whose link could not be made. */
export async function downloadKeys(client: Client, keys: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const key of keys) {
    const reply = await client.call('s3.presign', { key, expiresInSeconds: DOWNLOAD_LINK_SECONDS, download: true });
    if (!reply.ok) {
      problems.push(`${key.slice(key.lastIndexOf('/') + 1)}: ${reply.error.message}`);
      continue;
    }
    const anchor = document.createElement('a');
    anchor.href = reply.value.url;
    anchor.rel = 'noopener';
    anchor.click();
  }
  return problems;
}
