/**
 * A file's versions, in a bucket that keeps them: when each was made, its size, which is the latest
 * (and which are delete markers); any one downloads, an earlier one can be restored (copied onto
 * the key as the newest version, so nothing is lost and a restore can itself be undone).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import type { ObjectVersion } from '../src/messaging/protocol.ts';
import { DOWNLOAD_LINK_SECONDS, followDownloadLink } from '../popup/download.ts';
import { formatMoment, formatSize } from '../popup/format.ts';

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
      <h2 id="versions-title">Versions</h2>
      {listing.phase === 'loading' && <p class="hint">Loading…</p>}
      {listing.phase === 'off' && <p class="hint">This bucket keeps no earlier versions.</p>}
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
        <ol class="version-list" aria-label="Versions of this file" reversed>
          {listing.versions.map((version, index) => {
            const n = listing.versions.length - index;
            return (
              <li key={version.versionId} aria-label={`Version ${n}${version.latest ? ', latest' : ''}`}>
                <span>
                  {formatMoment(version.lastModified)} · {version.deleteMarker ? 'Deleted' : formatSize(version.size)}
                  {version.latest && <strong class="latest"> Latest</strong>}
                </span>
                {!version.deleteMarker && (
                  <span class="version-actions">
                    <button type="button" class="small" aria-label={`Download version ${n}`} onClick={() => void download(version)}>
                      Download
                    </button>
                    {!version.latest && (
                      <button type="button" class="small" aria-label={`Restore version ${n}`} disabled={busy} onClick={() => void restore(version)}>
                        Restore
                      </button>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {listing.phase === 'ready' && listing.truncated && <p class="hint">Showing the newest 1,000 versions.</p>}
    </section>
  );
}
