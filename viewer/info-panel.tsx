/**
 * What S3 knows about the file: size, type, last modified, ETag, storage class and user metadata.
 * In your own folder the type and metadata can be changed (the background copies the object onto
 * itself). A browser sees only the response headers the bucket's CORS exposes, so a missing value
 * may be hidden rather than absent: the panel says so instead of guessing.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, tCount } from '../src/i18n/t.ts';
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
        [t('viewerSize'), tCount('viewerSizeBytes', info.size, formatSize(info.size))],
        [t('viewerType'), info.contentType ?? t('viewerTypeNotGiven')],
        [t('viewerLastModified'), formatMoment(info.lastModified)],
        ['ETag', info.etag ?? t('viewerEtagHidden')],
        [t('viewerStorageClass'), info.storageClass ?? t('viewerStorageStandard')],
      ]
    : [];
  return (
    <aside class="info" aria-labelledby="info-title">
      <h2 id="info-title">{t('viewerInfo')}</h2>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {!info && !error && (
        <p class="hint" role="status">
          {t('viewerLoading')}
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
              <dt>{t('viewerMetadata')}</dt>
              <dd>
                {Object.keys(info.metadata).length === 0 ? (
                  t('viewerMetadataNone')
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
          <p class="hint">{t('viewerMetadataHint')}</p>
          {canEdit && (
            <button type="button" onClick={() => setEditing(true)}>
              {t('viewerEditInfo')}
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
    if (!/^[\x21-\x7e]+\/[\x20-\x7e]+$/.test(type.trim())) return setProblem(t('viewerBadType'));
    setBusy(true);
    setProblem(await onSave(type.trim(), parsed.metadata));
    setBusy(false);
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <label class="field">
        {t('viewerContentType')}
        <input type="text" value={type} onInput={(event) => setType((event.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="field">
        {t('viewerMetadata')}
        <textarea rows={5} value={text} aria-describedby="metadata-hint" onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <p class="hint" id="metadata-hint">
        {t('viewerMetadataFormat')}
      </p>
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onCancel}>
          {t('cancelButton')}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {t(busy ? 'viewerSaving' : 'viewerSave')}
        </button>
      </div>
    </form>
  );
}
