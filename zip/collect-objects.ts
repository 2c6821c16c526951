/**
 * What goes into the archive: each chosen file as it is now, and every key under each chosen
 * folder (the listing without a delimiter, page by page), with the sizes that progress counts.
 */
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';

export interface ZipObject {
  key: string;
  size: number;
  lastModified: number;
}

export class ZipProblem extends Error {}

async function underFolder(client: Client, folder: string, signal: AbortSignal): Promise<ZipObject[]> {
  const found: ZipObject[] = [];
  let continuationToken: string | undefined;
  do {
    const reply = await client.call('s3.list', { prefix: folder, pageSize: 1000, ...(continuationToken ? { continuationToken } : {}) });
    signal.throwIfAborted();
    if (!reply.ok) throw new ZipProblem(t('zipCannotList', folder, reply.error.message));
    found.push(...reply.value.objects.map(({ key, size, lastModified }) => ({ key, size, lastModified })));
    continuationToken = reply.value.continuationToken;
  } while (continuationToken);
  return found;
}

export async function collectObjects(client: Client, items: readonly string[], signal: AbortSignal): Promise<ZipObject[]> {
  const objects: ZipObject[] = [];
  for (const item of items) {
    if (item.endsWith('/')) {
      objects.push(...(await underFolder(client, item, signal)));
      continue;
    }
    const reply = await client.call('s3.head', { key: item });
    signal.throwIfAborted();
    if (!reply.ok) throw new ZipProblem(t('zipCannotRead', item.slice(item.lastIndexOf('/') + 1), reply.error.message));
    objects.push({ key: item, size: reply.value.size, lastModified: reply.value.lastModified });
  }
  return objects;
}
