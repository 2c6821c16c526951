/**
 * A file's versions, in a bucket that keeps them: when each was made, its size, which is the latest
 * (and which are delete markers); any one downloads, an earlier one can be restored (copied onto
 * the key as the newest version, so nothing is lost and a restore can itself be undone).
 */
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import type { ObjectVersion } from '../src/messaging/protocol.ts';
import { DOWNLOAD_LINK_SECONDS, followDownloadLink } from '../popup/download.ts';
import { formatMoment, formatSize } from '../popup/format.ts';

/** How many versions the background lists at most (background/s3/versions.ts). */
const LISTED_VERSIONS = 1000;

type Listing =
  | { phase: 'loading' }
  | { phase: 'off' }
  | { phase: 'ready'; versions: ObjectVersion[]; truncated: boolean }
  | { phase: 'failed'; message: string };

async function load(client: Client, key: string): Promise<Listing> {
  const versioning = await client.call('s3.versioning', {});
  if (!versioning.ok) return { phase: 'failed', message: versioning.error.message };
  if (!versioning.value.enabled) return { phase: 'off' };
  const listed = await client.call('s3.versions', { key });
  return listed.ok ? { phase: 'ready', ...listed.value } : { phase: 'failed', message: listed.error.message };
}

export function VersionsPanel({ client, fileKey, onRestored }: { client: Client; fileKey: string; onRestored: () => void }) {
  const [listing, setListing] = useState<Listing>({ phase: 'loading' });
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const reload = () => void load(client, fileKey).then(setListing);
  useEffect(reload, [client, fileKey]);

  const download = async (version: ObjectVersion) => {
    const link = await client.call('s3.presign', { key: fileKey, expiresInSeconds: DOWNLOAD_LINK_SECONDS, download: true, versionId: version.versionId });
    if (link.ok) followDownloadLink(link.value.url);
    setProblem(link.ok ? undefined : link.error.message);
  };
  const restore = async (version: ObjectVersion) => {
    setBusy(true);
    const reply = await client.call('s3.restoreVersion', { key: fileKey, versionId: version.versionId });
    setBusy(false);
    setProblem(reply.ok ? undefined : reply.error.message);
    if (reply.ok) {
      reload();
      onRestored();
    }
  };

  return (
    <section class="info versions" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('viewerVersions')}</h2>
      {listing.phase === 'loading' && <p class="hint">{t('viewerLoading')}</p>}
      {listing.phase === 'off' && <p class="hint">{t('viewerNoVersions')}</p>}
      {listing.phase === 'failed' && (
        <p class="notice error" role="alert">
          {listing.message}
        </p>
      )}
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
      {listing.phase === 'ready' && (
        <ol class="version-list" aria-label={t('viewerVersionsOfFile')} reversed>
          {listing.versions.map((version, index) => {
            const n = listing.versions.length - index;
            return (
              <li key={version.versionId} aria-label={t(version.latest ? 'viewerVersionNumberLatest' : 'viewerVersionNumber', n)}>
                <span>
                  {formatMoment(version.lastModified)} · {version.deleteMarker ? t('viewerVersionDeleted') : formatSize(version.size)}
                  {version.latest && <strong class="latest"> {t('viewerLatest')}</strong>}
                </span>
                {!version.deleteMarker && (
                  <span class="version-actions">
                    <button type="button" class="small" aria-label={t('viewerDownloadVersion', n)} onClick={() => void download(version)}>
                      {t('downloadButton')}
                    </button>
                    {!version.latest && (
                      <button type="button" class="small" aria-label={t('viewerRestoreVersion', n)} disabled={busy} onClick={() => void restore(version)}>
                        {t('viewerRestore')}
                      </button>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {listing.phase === 'ready' && listing.truncated && <p class="hint">{t('viewerNewestVersions', formatNumber(LISTED_VERSIONS))}</p>}
    </section>
  );
}
