/**
 * A share link for one file: choose how long it works; the dialog says until when, and why it
 * is sooner when the background capped it (a link never outlives the credentials that sign it).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import type { PresignResult } from '../src/messaging/protocol.ts';
import { ActionError, Dialog } from './dialog.tsx';
import type { Entry } from './entries.ts';
import { formatMoment, formatTimeLeft } from './format.ts';

const EXPIRIES: Array<[number, string]> = [[3600, '1 hour'], [24 * 3600, '1 day'], [7 * 24 * 3600, '7 days']];

export function ShareDialog({ client, entry, onClose }: { client: Client; entry: Entry; onClose: () => void }) {
  const [seconds, setSeconds] = useState(24 * 3600);
  const [link, setLink] = useState<PresignResult | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    let current = true;
    setLink(undefined);
    setError(undefined);
    setCopied(false);
    void client.call('s3.presign', { key: entry.key, expiresInSeconds: seconds }).then((reply) => {
      if (!current) return;
      if (reply.ok) setLink(reply.value);
      else setError(reply.error.message);
    });
    return () => {
      current = false;
    };
  }, [client, entry.key, seconds]);

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      setError('The link could not be copied to the clipboard: select it above and copy it.');
    }
  };

  return (
    <Dialog title={`Share ${entry.name}`} onClose={onClose} testid="share-dialog">
      <label class="field">
        Link works for
        <select data-testid="share-expiry" value={seconds} onChange={(event) => setSeconds(Number((event.currentTarget as HTMLSelectElement).value))}>
          {EXPIRIES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </label>
      {link ? (
        <>
          <input class="link-text" readOnly value={link.url} aria-label="Share link" data-testid="share-url" onFocus={(event) => (event.currentTarget as HTMLInputElement).select()} />
          <p class="hint" data-testid="share-expires">
            Anyone with this link can download the file until {formatMoment(link.expiresAt)} ({formatTimeLeft(link.expiresAt)}).
            {link.cappedBecause && <strong> Sooner than you asked: {link.cappedBecause}</strong>}
          </p>
        </>
      ) : (
        !error && <p class="hint" role="status">Making the link…</p>
      )}
      <ActionError message={error} />
      <p role="status" class="hint">{copied ? 'Link copied.' : ''}</p>
      <div class="actions">
        <button type="button" onClick={onClose}>Close</button>
        <button type="button" class="primary" disabled={!link} onClick={() => void copy()} data-testid="copy-link">Copy link</button>
      </div>
    </Dialog>
  );
}
