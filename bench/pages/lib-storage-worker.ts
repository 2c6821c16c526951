/**
 * Bench-only, loaded into the background (Chrome's service worker, Firefox's event page) of the
 * upload-wan bench's copy only: answers `{ toteBench: 'lib-storage' }` by uploading the File it
 * was handed with `@aws-sdk/lib-storage`'s `Upload` — its defaults (5 MiB parts, four at a time),
 * the credentials the background stored — which is where a developer would run it in an
 * extension (a popup's upload dies when the popup closes). Answers `{ ms }` or `{ error }`. It
 * ships in no build.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { chromeApi, sessionRecord } from './page-api.ts';

interface LibStorageMessage {
  toteBench: 'lib-storage';
  file: Blob;
  name: string;
  region: string;
  endpoint: string;
  bucket: string;
}

interface Credentials {
  identityId: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

const isLibStorage = (message: unknown): message is LibStorageMessage =>
  typeof message === 'object' && message !== null && (message as { toteBench?: unknown }).toteBench === 'lib-storage';

async function upload(message: LibStorageMessage): Promise<{ ms: number }> {
  const credentials = await sessionRecord<Credentials>('credentials');
  const client = new S3Client({
    region: message.region,
    endpoint: message.endpoint,
    forcePathStyle: true,
    // As Tote's own client (background/s3/s3-client.ts): no CRC32 of every part, which RGW does not need.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken },
  });
  const started = performance.now();
  try {
    await new Upload({ client, params: { Bucket: message.bucket, Key: `private/${credentials.identityId}/${message.name}`, Body: message.file } }).done();
    return { ms: performance.now() - started };
  } finally {
    client.destroy();
  }
}

chromeApi.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (!isLibStorage(message)) return undefined;
  upload(message).then(sendResponse, (error: Error) => sendResponse({ error: error.message }));
  return true;
});
