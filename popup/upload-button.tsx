/**
 * Upload by file picker into the listed folder. Each File goes to the background as a handle
 * (`transfers.start`); from then on the background owns the upload, and the transfer list shows it.
 */
import { useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';

export function UploadButton({ client, prefix }: { client: Client; prefix: string }) {
  const [problem, setProblem] = useState<string | undefined>();

  async function upload(files: File[]) {
    setProblem(undefined);
    for (const file of files) {
      const reply = await client.call('transfers.start', { key: prefix + file.name, body: file });
      if (!reply.ok) setProblem(`${file.name}: ${reply.error.message}`);
    }
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
      {problem && <p class="notice error" role="alert">{problem}</p>}
    </div>
  );
}
