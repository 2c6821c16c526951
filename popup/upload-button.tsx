/**
 * Upload by file picker into the listed folder: each File goes to the background as a handle
 * (`s3.put`), one after another, with its state shown as it goes.
 */
import { useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';

type Transfer = { name: string; state: 'uploading' | 'done' | 'failed'; message?: string };

export function UploadButton({ client, prefix, onUploaded }: { client: Client; prefix: string; onUploaded: () => void }) {
  const [transfers, setTransfers] = useState<Transfer[]>([]);

  async function upload(files: File[]) {
    setTransfers(files.map((file) => ({ name: file.name, state: 'uploading' })));
    for (const [index, file] of files.entries()) {
      const reply = await client.call('s3.put', { key: prefix + file.name, body: file });
      setTransfers((current) => current.map((transfer, i) => (i !== index ? transfer : reply.ok ? { ...transfer, state: 'done' } : { ...transfer, state: 'failed', message: reply.error.message })));
    }
    onUploaded();
  }

  return (
    <div class="upload">
      <label class="button">
        Upload files
        <input
          type="file"
          multiple
          class="visually-hidden"
          data-testid="upload-input"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length > 0) void upload(files);
          }}
        />
      </label>
      {transfers.length > 0 && (
        <ul class="transfers" aria-label="Uploads" data-testid="transfers">
          {transfers.map((transfer) => (
            <li key={transfer.name} data-state={transfer.state}>
              {transfer.name}: {transfer.state === 'uploading' ? 'uploading…' : transfer.state === 'done' ? 'uploaded' : `failed — ${transfer.message}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
