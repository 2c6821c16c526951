/**
 * Builds the archive as a stream with client-zip (stored entries, CRC-32 and ZIP64 where sizes
 * need it): one object at a time, each read from S3 in ranges (read-object.ts), so nothing holds
 * a whole file. Progress counts the bytes as client-zip takes them; the signal stops the read in
 * flight and the archive with it.
 */
import { makeZip } from 'client-zip';
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import { entryPaths } from './archive-paths.ts';
import type { ZipObject } from './collect-objects.ts';
import type { ZipProgress } from './progress.ts';
import { objectChunks } from './read-object.ts';

async function* counted(chunks: AsyncIterable<Uint8Array>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onBytes(chunk.byteLength);
    yield chunk;
  }
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
      yield {
        name,
        lastModified,
        input: counted(objectChunks(client, object, signal), (n) => {
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
