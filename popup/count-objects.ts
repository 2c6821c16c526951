/** How many objects a folder holds, counted page by page (no delimiter: every level below). */
import type { Client } from '../src/messaging/client.ts';
import type { Reply } from '../src/messaging/reply.ts';

export async function countObjects(client: Client, folder: string): Promise<Reply<number>> {
  let count = 0;
  let continuationToken: string | undefined;
  do {
    const reply = await client.call('s3.list', { prefix: folder, pageSize: 1000, ...(continuationToken ? { continuationToken } : {}) });
    if (!reply.ok) return reply;
    // The folder's own marker object is not something the user put there.
    count += reply.value.objects.filter((object) => object.key !== folder).length;
    continuationToken = reply.value.continuationToken;
  } while (continuationToken);
  return { ok: true, value: count };
}
