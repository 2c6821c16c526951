/** Uploads with a progress bar each, their speed while running, cancel and retry. */
import { useState } from 'preact/hooks';
import { formatNumber, t, type MessageKey } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import type { TransferView } from '../src/messaging/protocol.ts';
import { formatPercent, formatSize, formatSpeed, percentDone } from './format.ts';
import { useTransfers } from './use-transfers.ts';

const LABEL: Record<TransferView['state'], MessageKey> = {
  queued: 'popupTransferQueued',
  running: 'popupTransferRunning',
  done: 'popupTransferDone',
  failed: 'popupTransferFailed',
  cancelled: 'popupTransferCancelled',
};

export function TransferList({ client, onFinished }: { client: Client; onFinished: () => void }) {
  const rows = useTransfers(client, onFinished);
  const [problem, setProblem] = useState<string | undefined>();
  const act = (name: 'transfers.cancel' | 'transfers.retry', id: string) => {
    setProblem(undefined);
    void client.call(name, { id }).then((reply) => !reply.ok && setProblem(reply.error.message));
  };
  const clearFinished = () => {
    setProblem(undefined);
    void client.call('transfers.clear', {}).then((reply) => !reply.ok && setProblem(reply.error.message));
  };
  if (rows.length === 0) return null;
  const finished = rows.filter(({ transfer }) => transfer.state === 'done' || transfer.state === 'cancelled').length;
  // The panel scrolls when long, and finished uploads hold no button of their own: it takes the
  // focus itself so keyboard users can scroll it.
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable for keyboard users (axe: scrollable-region-focusable)
    <section class="transfers-panel" aria-label={t('popupUploads')} tabIndex={0}>
      <ul class="transfers">
        {rows.map(({ transfer, speed }) => {
          const name = transfer.key.slice(transfer.key.lastIndexOf('/') + 1);
          const percent = percentDone(transfer);
          const active = transfer.state === 'running' || transfer.state === 'queued';
          return (
            <li key={transfer.id} data-state={transfer.state} data-name={name}>
              <span class="transfer-name" title={transfer.key}>
                {name}: {t(LABEL[transfer.state])}
                {transfer.error ? ` — ${transfer.error.message}` : ''}
              </span>
              <progress max={100} value={percent} aria-label={`${name}: ${formatPercent(percent)}`} />
              <span class="transfer-detail">
                {t('popupPercentOf', formatPercent(percent), formatSize(transfer.size))}
                {active && speed ? ` · ${formatSpeed(speed)}` : ''}
              </span>
              {active && (
                <button type="button" class="small" onClick={() => act('transfers.cancel', transfer.id)} aria-label={t('popupCancelUpload', name)}>
                  {t('cancelButton')}
                </button>
              )}
              {transfer.state === 'failed' && (
                <button type="button" class="small" onClick={() => act('transfers.retry', transfer.id)} aria-label={t('popupRetryUpload', name)}>
                  {t('popupRetryButton')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {finished > 0 && (
        <button type="button" class="small" onClick={clearFinished}>
          {t('popupClearFinished', formatNumber(finished))}
        </button>
      )}
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
