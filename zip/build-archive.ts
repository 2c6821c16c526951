/**
 * Builds the archive as a stream with client-zip (stored entries, CRC-32 and ZIP64 where sizes
 * need it): one object at a time, each read from S3 through a short presigned link the background
 * makes, so the page never holds a credential or a whole file. Progress counts the bytes as
 * client-zip takes them; the signal stops the read in flight and the archive with it.
 */
import { makeZip } from 'client-zip';
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import { entryPaths } from './archive-paths.ts';
import { type ZipObject, ZipProblem } from './collect-objects.ts';
import type { ZipProgress } from './progress.ts';

/** Each link is followed at once. */
const LINK_SECONDS = 300;

function counted(body: ReadableStream<Uint8Array>, onBytes: (n: number) => void): ReadableStream<Uint8Array> {
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onBytes(chunk.byteLength);
        controller.enqueue(chunk);
      },
    }),
  );
}

async function openObject(client: Client, object: ZipObject, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const name = object.key.slice(object.key.lastIndexOf('/') + 1);
  const link = await client.call('s3.presign', { key: object.key, expiresInSeconds: LINK_SECONDS });
  signal.throwIfAborted();
  if (!link.ok) throw new ZipProblem(t('zipCannotRead', name, link.error.message));
  const response = await fetch(link.value.url, { signal, cache: 'no-store', credentials: 'omit' });
  if (!response.ok || !response.body) throw new ZipProblem(t('zipReadStatus', name, response.status));
  return response.body;
}

export function archiveStream(
  client: Client,
  objects: readonly ZipObject[],
  base: string,
  signal: AbortSignal,
  onProgress: (progress: ZipProgress) => void,
): ReadableStream<Uint8Array> {
  const paths = entryPaths(
    objects.map((object) => object.key),
    base,
  );
  const progress: ZipProgress = {
    filesDone: 0,
    filesTotal: objects.filter((object) => !object.key.endsWith('/')).length,
    bytesDone: 0,
    bytesTotal: objects.reduce((sum, object) => sum + object.size, 0),
  };
  onProgress({ ...progress });
  async function* entries() {
    for (const [index, object] of objects.entries()) {
      const name = paths[index] as string;
      const lastModified = new Date(object.lastModified);
      if (name === '') continue;
      if (name.endsWith('/')) {
        yield { name, lastModified };
        continue;
      }
      const body = await openObject(client, object, signal);
      yield {
        name,
        lastModified,
        input: counted(body, (n) => {
          progress.bytesDone += n;
          onProgress({ ...progress });
        }),
      };
      progress.filesDone++;
      onProgress({ ...progress });
    }
  }
  return makeZip(entries());
}
