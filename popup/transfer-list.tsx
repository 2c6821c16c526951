/**
 * The background's uploads, re-read on every `transfers.changed`: reopening the popup re-attaches
 * to uploads that kept going while it was closed. Progress, cancel and retry per file.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import { onEvent } from '../src/messaging/events.ts';
import type { TransferView } from '../src/messaging/protocol.ts';

const LABEL: Record<TransferView['state'], string> = { queued: 'waiting', running: 'uploading', done: 'uploaded', failed: 'failed', cancelled: 'cancelled' };

export function TransferList({ client, onFinished }: { client: Client; onFinished: () => void }) {
  const [transfers, setTransfers] = useState<TransferView[]>([]);
  useEffect(() => {
    let finished = -1;
    const load = () =>
      void client.call('transfers.list', {}).then((reply) => {
        if (!reply.ok) return;
        setTransfers(reply.value);
        const done = reply.value.filter((transfer) => transfer.state === 'done').length;
        if (finished !== -1 && done !== finished) onFinished();
        finished = done;
      });
    load();
    return onEvent('transfers.changed', load);
  }, [client, onFinished]);

  if (transfers.length === 0) return null;
  return (
    <ul class="transfers" aria-label="Uploads" data-testid="transfers">
      {transfers.map((transfer) => {
        const name = transfer.key.slice(transfer.key.lastIndexOf('/') + 1);
        const percent = transfer.size === 0 ? 100 : Math.floor((transfer.bytesDone / transfer.size) * 100);
        return (
          <li key={transfer.id} data-state={transfer.state} data-name={name}>
            <span>{name}: {LABEL[transfer.state]}{transfer.error ? ` — ${transfer.error.message}` : ''}</span>
            {(transfer.state === 'running' || transfer.state === 'queued') && (
              <>
                <progress max={100} value={percent} aria-label={`${name} ${percent}%`} />
                <button type="button" onClick={() => void client.call('transfers.cancel', { id: transfer.id })} data-testid="cancel">Cancel</button>
              </>
            )}
            {transfer.state === 'failed' && <button type="button" onClick={() => void client.call('transfers.retry', { id: transfer.id })}>Retry</button>}
          </li>
        );
      })}
    </ul>
  );
}
