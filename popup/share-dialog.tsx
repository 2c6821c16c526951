/**
 * A share link for one file: choose how long it works; the dialog says until when. A link never
 * outlives the temporary credentials that sign it, so the dialog offers only lifetimes they allow
 * (share-expiries.ts), starts at the longest, and says once why there is nothing longer.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import type { PresignResult } from '../src/messaging/protocol.ts';
import { useBackground } from '../src/ui/use-background.ts';
import { ActionError, Dialog } from './dialog.tsx';
import type { Entry } from './entries.ts';
import { formatMoment, formatTimeLeft } from './format.ts';
import { expiryChoices, type ExpiryChoice } from './share-expiries.ts';

/** The choices for the credentials in use now (asking renews them first when they are nearly spent). */
function useExpiryChoices(client: Client): ExpiryChoice[] | undefined {
  const { answer } = useBackground(client, 'auth.status', {}, { failureOf: (status) => status.error });
  return useMemo(
    () => (answer.state === 'loading' ? undefined : expiryChoices(answer.state === 'ready' ? answer.value.credentialsExpireAt : undefined, Date.now())),
    [answer],
  );
}

export function ShareDialog({ client, entry, onClose }: { client: Client; entry: Entry; onClose: () => void }) {
  const choices = useExpiryChoices(client);
  const [picked, setPicked] = useState<number | undefined>();
  const [link, setLink] = useState<PresignResult | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);
  const choice = choices?.[picked ?? choices.length - 1];

  useEffect(() => {
    if (!choice) return undefined;
    let current = true;
    setLink(undefined);
    setError(undefined);
    setCopied(false);
    void client.call('s3.presign', { key: entry.key, expiresInSeconds: choice.seconds }).then((reply) => {
      if (!current) return;
      if (reply.ok) setLink(reply.value);
      else setError(reply.error.message);
    });
    return () => {
      current = false;
    };
  }, [client, entry.key, choice?.seconds]);

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      setError(t('popupCopyLinkFailed'));
    }
  };

  const limited = choices?.some((candidate) => candidate.untilCredentialsExpire) ?? false;
  return (
    <Dialog title={t('popupShareTitle', entry.name)} onClose={onClose}>
      <label class="field">
        {t('popupLinkWorksFor')}
        <select
          disabled={!choices}
          value={choices ? (picked ?? choices.length - 1) : ''}
          aria-describedby={limited ? 'share-why' : undefined}
          onChange={(event) => setPicked(Number((event.currentTarget as HTMLSelectElement).value))}
        >
          {choices?.map((candidate, index) => (
            <option key={candidate.label} value={index}>
              {candidate.label}
            </option>
          ))}
        </select>
      </label>
      {limited && (
        <p class="hint" id="share-why">
          {t('popupWhyNotLonger')}
        </p>
      )}
      {link ? (
        <>
          <input
            class="link-text"
            readOnly
            value={link.url}
            aria-label={t('popupShareLink')}
            onFocus={(event) => (event.currentTarget as HTMLInputElement).select()}
          />
          <p class="hint">
            {t('popupShareExpires', formatMoment(link.expiresAt), formatTimeLeft(link.expiresAt))}
            {/* Only when a lifetime offered could not be honoured after all (the credentials changed meanwhile). */}
            {link.cappedBecause && !choice?.untilCredentialsExpire && (
              <>
                {' '}
                <strong>{t('popupShareSooner', link.cappedBecause)}</strong>
              </>
            )}
          </p>
        </>
      ) : (
        !error && (
          <p class="hint" role="status">
            {t('popupMakingLink')}
          </p>
        )
      )}
      <ActionError message={error} />
      <p role="status" class="hint">
        {copied ? t('popupLinkCopied') : ''}
      </p>
      <div class="actions">
        <button type="button" onClick={onClose}>
          {t('closeButton')}
        </button>
        <button type="button" class="primary" disabled={!link} onClick={() => void copy()}>
          {t('popupCopyLinkButton')}
        </button>
      </div>
    </Dialog>
  );
}
