/**
 * What S3 knows about the file: size, type, last modified, ETag, storage class and user metadata.
 * In your own folder the type and metadata can be changed (the background copies the object onto
 * itself). A browser sees only the response headers the bucket's CORS exposes, so a missing value
 * may be hidden rather than absent: the panel says so instead of guessing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import type { ObjectInfo } from '../src/messaging/protocol.ts';
import { formatMoment, formatSize } from '../popup/format.ts';
import { metadataToText, parseMetadata } from './metadata-text.ts';

export function InfoPanel({
  client,
  fileKey,
  canEdit,
  onType,
}: {
  client: Client;
  fileKey: string;
  canEdit: boolean;
  onType: (type: string | undefined) => void;
}) {
  const [info, setInfo] = useState<ObjectInfo | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    void client.call('s3.head', { key: fileKey }).then((reply) => {
      if (reply.ok) {
        setInfo(reply.value);
        onType(reply.value.contentType);
      } else setError(reply.error.message);
    });
  }, [client, fileKey]);

  const rows: Array<[string, string]> = info
    ? [
        ['Size', `${formatSize(info.size)} (${info.size.toLocaleString()} bytes)`],
        ['Type', info.contentType ?? 'Not given'],
        ['Last modified', formatMoment(info.lastModified)],
        ['ETag', info.etag ?? "Not shown (the bucket's CORS does not expose ETag)"],
        ['Storage class', info.storageClass ?? 'Standard (S3 names only the others)'],
      ]
    : [];
  return (
    <aside class="info" aria-labelledby="info-title" data-testid="info-panel">
      <h2 id="info-title">Info</h2>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {!info && !error && (
        <p class="hint" role="status">
          Loading…
        </p>
      )}
      {info && !editing && (
        <>
          <dl>
            {rows.map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            <div>
              <dt>Metadata</dt>
              <dd>
                {Object.keys(info.metadata).length === 0 ? (
                  'None'
                ) : (
                  <ul class="metadata">
                    {Object.entries(info.metadata).map(([name, value]) => (
                      <li key={name}>
                        <code>{name}</code>: {value}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
          <p class="hint">Metadata shows only where the bucket's CORS exposes its headers.</p>
          {canEdit && (
            <button type="button" onClick={() => setEditing(true)}>
              Edit type and metadata
            </button>
          )}
        </>
      )}
      {info && editing && (
        <InfoForm
          info={info}
          onCancel={() => setEditing(false)}
          onSave={async (contentType, metadata) => {
            const reply = await client.call('s3.updateInfo', { key: fileKey, contentType, metadata });
            if (!reply.ok) return reply.error.message;
            setInfo(reply.value);
            onType(reply.value.contentType);
            setEditing(false);
            return undefined;
          }}
        />
      )}
    </aside>
  );
}

function InfoForm({
  info,
  onCancel,
  onSave,
}: {
  info: ObjectInfo;
  onCancel: () => void;
  onSave: (contentType: string, metadata: Record<string, string>) => Promise<string | undefined>;
}) {
  const [type, setType] = useState(info.contentType ?? 'application/octet-stream');
  const [text, setText] = useState(metadataToText(info.metadata));
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseMetadata(text);
    if ('error' in parsed) return setProblem(parsed.error);
    if (!/^[\x21-\x7e]+\/[\x20-\x7e]+$/.test(type.trim())) return setProblem('The type is a MIME type, as in text/plain or image/png.');
    setBusy(true);
    setProblem(await onSave(type.trim(), parsed.metadata));
    setBusy(false);
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <label class="field">
        Content type
        <input type="text" value={type} onInput={(event) => setType((event.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="field">
        Metadata
        <textarea rows={5} value={text} aria-describedby="metadata-hint" onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <p class="hint" id="metadata-hint">
        One per line, as in owner: Ann.
      </p>
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
