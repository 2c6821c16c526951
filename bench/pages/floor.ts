/**
 * Bench-only floor for "popup open → first listing": an extension page that calls ListObjectsV2
 * itself with the credentials the background stored, and renders the keys. It ships in no build;
 * the bench adds it to its own copy of the development build. `?folder=` lists a folder below
 * the user's own; `?all=1` goes on through every page (appending its rows) and marks when the
 * last one is on screen (`data-bench-all-listed-at`).
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
  const search = new URL(location.href).searchParams;
  const prefix = `private/${credentials.identityId}/${search.get('folder') ?? ''}`;
  const list = document.createElement('ul');
  document.body.append(list);
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: query('bucket'), Prefix: prefix, Delimiter: '/', ContinuationToken: token }));
    for (const object of page.Contents ?? []) {
      const item = document.createElement('li');
      item.textContent = `${object.Key ?? ''} ${object.Size ?? 0}`;
      list.append(item);
    }
    if (token === undefined) mark('benchListedAt', String(performance.now()));
    token = search.get('all') === '1' ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  mark('benchAllListedAt', String(performance.now()));
}

listFirstPage().catch((error: Error) => mark('benchError', error.message));
