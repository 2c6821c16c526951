/**
 * The viewer: one file at a time, opened from the popup in a tab of its own. Previous and next
 * step through the folder (also with ← and →), Download and Share work as in the popup, and the
 * info panel shows and edits what S3 knows about the file; in a versioned bucket the file's
 * versions download and restore.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import { PRIVATE_PREFIX_TEMPLATE, resolveKeyTemplate } from '../src/s3/key-template.ts';
import { useBackground } from '../src/ui/use-background.ts';
import { keyFromHash, viewerHash } from '../src/ui/viewer-url.ts';
import { downloadKeys } from '../popup/download.ts';
import { ShareDialog } from '../popup/share-dialog.tsx';
import { InfoPanel } from './info-panel.tsx';
import { MediaPreview } from './media-preview.tsx';
import { previewKind } from './preview-kind.ts';
import { TextPreview } from './text-preview.tsx';
import { VersionsPanel } from './versions-panel.tsx';
import { parentOf, useSiblings } from './use-siblings.ts';

function useHashKey(): string | undefined {
  const [key, setKey] = useState(() => keyFromHash(location.hash));
  useEffect(() => {
    const onChange = () => setKey(keyFromHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return key;
}

export function ViewerApp({ client }: { client: Client }) {
  const key = useHashKey();
  const { answer: auth } = useBackground(client, 'auth.status', {}, { refreshOn: 'auth.changed', failureOf: (status) => status.error });
  const [sharing, setSharing] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [contentType, setContentType] = useState<string | undefined>();
  /** Bumped when a version is restored: the preview and the info show the file anew. */
  const [revision, setRevision] = useState(0);
  const siblings = useSiblings(client, key ? parentOf(key) : '');
  const status = auth.state === 'ready' ? auth.value : undefined;
  const ownFolder = status?.state === 'signed-in' && status.identityId ? resolveKeyTemplate(PRIVATE_PREFIX_TEMPLATE, status.identityId) : undefined;

  const index = siblings.findIndex((entry) => entry.key === key);
  const previous = index > 0 ? siblings[index - 1] : undefined;
  const next = index >= 0 ? siblings[index + 1] : undefined;
  const go = (target: string | undefined) => {
    if (target === undefined) return;
    setProblem(undefined);
    setContentType(undefined);
    location.hash = viewerHash(target);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (sharing || (event.target as HTMLElement).closest('input, textarea, select, dialog, video, audio')) return;
      if (event.key === 'ArrowLeft') go(previous?.key);
      else if (event.key === 'ArrowRight') go(next?.key);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    document.title = key ? t('viewerTitleFor', key.slice(key.lastIndexOf('/') + 1)) : t('viewerTitle');
  }, [key]);

  if (!key || key.endsWith('/'))
    return (
      <main class="viewer">
        <p class="notice error" role="alert">
          {t('viewerNoFile')}
        </p>
      </main>
    );
  const name = key.slice(key.lastIndexOf('/') + 1);
  const own = ownFolder !== undefined && key.startsWith(ownFolder);
  const kind = previewKind(name, contentType);
  return (
    <>
      <header class="viewer-bar">
        <nav class="steps" aria-label={t('viewerFilesInFolder')}>
          <button type="button" disabled={!previous} onClick={() => go(previous?.key)} title={previous ? previous.name : undefined}>
            {t('viewerPrevious')}
          </button>
          <span class="position" role="status">
            {index >= 0 ? t('viewerPosition', formatNumber(index + 1), formatNumber(siblings.length)) : ''}
          </span>
          <button type="button" disabled={!next} onClick={() => go(next?.key)} title={next ? next.name : undefined}>
            {t('viewerNext')}
          </button>
        </nav>
        <h1 title={key}>{name}</h1>
        <div class="viewer-actions">
          <button type="button" onClick={() => void downloadKeys(client, [key]).then((problems) => setProblem(problems[0]))}>
            {t('downloadButton')}
          </button>
          <button type="button" onClick={() => setSharing(true)}>
            {t('shareButton')}
          </button>
        </div>
      </header>
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
      <div class="viewer-body">
        <main class="preview" data-kind={kind} key={`${key}#${revision}`}>
          {kind === 'text' ? (
            <TextPreview client={client} fileKey={key} name={name} />
          ) : kind === 'none' ? (
            <p class="notice">{t('viewerNoPreview')}</p>
          ) : (
            <MediaPreview client={client} fileKey={key} name={name} kind={kind} />
          )}
        </main>
        <div class="side">
          <InfoPanel key={`${key}#${revision}`} client={client} fileKey={key} canEdit={own} onType={setContentType} />
          {/* Versions are listed only in one's own folder (docs/security.md). */}
          {own && <VersionsPanel key={key} client={client} fileKey={key} onRestored={() => setRevision((n) => n + 1)} />}
        </div>
      </div>
      {sharing && <ShareDialog client={client} entry={{ kind: 'file', key, name }} onClose={() => setSharing(false)} />}
    </>
  );
}
