/**
 * Bench-only floor for "popup open → first listing": an extension page that calls ListObjectsV2
 * itself with the credentials the background stored, and renders the keys. It ships in no build;
 * the bench adds it to its own copy of the development build.
 */
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import { mark, query, sessionRecord } from './page-api.ts';

interface Credentials {
  identityId: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

async function listFirstPage(): Promise<void> {
  const credentials = await sessionRecord<Credentials>('credentials');
  const client = new S3Client({
    region: query('region'),
    endpoint: query('endpoint'),
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: new FetchHttpHandler(),
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken },
  });
  const page = await client.send(new ListObjectsV2Command({ Bucket: query('bucket'), Prefix: `private/${credentials.identityId}/`, Delimiter: '/' }));
  const list = document.createElement('ul');
  list.dataset.testid = 'file-list';
  for (const object of page.Contents ?? []) {
    const item = document.createElement('li');
    item.textContent = `${object.Key ?? ''} ${object.Size ?? 0}`;
    list.append(item);
  }
  document.body.append(list);
  mark('benchListedAt', String(performance.now()));
}

listFirstPage().catch((error: Error) => mark('benchError', error.message));
