/**
 * The files of the current scope: your own folder when signed in, `public/` as a guest. A first,
 * plain listing (one page); the full browser (breadcrumbs, sorting, transfers) builds on it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import type { ErrorInfo } from '../src/messaging/errors.ts';
import type { ListResult } from '../src/messaging/protocol.ts';
import { PRIVATE_PREFIX_TEMPLATE } from '../src/s3/key-template.ts';
import { useCallback } from 'preact/hooks';
import { TransferList } from './transfer-list.tsx';
import { UploadButton } from './upload-button.tsx';

type Listing = { state: 'loading' } | { state: 'ready'; result: ListResult } | { state: 'error'; error: ErrorInfo };

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function FileList({ client, signedIn, identityId }: { client: Client; signedIn: boolean; identityId: string | undefined }) {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const prefix = signedIn ? PRIVATE_PREFIX_TEMPLATE : 'public/';
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  useEffect(() => {
    void client.call('s3.list', { prefix, delimiter: '/' }).then((reply) => setListing(reply.ok ? { state: 'ready', result: reply.value } : { state: 'error', error: reply.error }));
  }, [client, prefix, identityId, generation]);

  return (
    <>
      {signedIn && <UploadButton client={client} prefix={prefix} />}
      {signedIn && <TransferList client={client} onFinished={refresh} />}
      <Files listing={listing} signedIn={signedIn} />
    </>
  );
}

function Files({ listing, signedIn }: { listing: Listing; signedIn: boolean }) {
  if (listing.state === 'loading') return <p class="notice">Loading files…</p>;
  if (listing.state === 'error') return <p class="notice error" role="alert" data-testid="list-error">{listing.error.message}</p>;
  const { result } = listing;
  const name = (key: string) => key.slice(result.prefix.length);
  if (result.folders.length === 0 && result.objects.length === 0) {
    return <p class="notice" data-testid="list-empty">{signedIn ? 'Your folder is empty.' : 'Nothing has been shared publicly yet.'}</p>;
  }
  return (
    <ul class="files" aria-label={signedIn ? 'Your files' : 'Public files'} data-testid="file-list">
      {result.folders.map((folder) => <li key={folder} class="folder">{name(folder)}</li>)}
      {result.objects.map((object) => (
        <li key={object.key} class="file" data-key={object.key}>
          <span class="name">{name(object.key)}</span> <span class="size">{formatSize(object.size)}</span>
        </li>
      ))}
    </ul>
  );
}
