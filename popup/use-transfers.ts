/**
 * The background's uploads, re-read on every `transfers.changed`: reopening the popup re-attaches
 * to uploads that kept going while it was closed. Keeps recent `bytesDone` readings per upload to
 * tell its speed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import { onEvent } from '../src/messaging/events.ts';
import type { TransferView } from '../src/messaging/protocol.ts';
import { addSample, speedOf, type Sample } from './speed.ts';

export interface TransferRow {
  transfer: TransferView;
  /** Bytes per second, once known. */
  speed?: number;
}

export function useTransfers(client: Client, onFinished: () => void): TransferRow[] {
  const [rows, setRows] = useState<TransferRow[]>([]);
  const samples = useRef(new Map<string, Sample[]>());
  useEffect(() => {
    let finished = -1;
    let stopped = false;
    // The newest failure this page has shown; telling the background clears the toolbar's "!".
    let failureShown = 0;
    const load = () =>
      void client.call('transfers.list', {}).then((reply) => {
        if (!reply.ok || stopped) return;
        const now = Date.now();
        const seen = new Map<string, Sample[]>();
        setRows(
          reply.value.map((transfer) => {
            const history = transfer.state === 'running' ? addSample(samples.current.get(transfer.id) ?? [], { at: now, bytesDone: transfer.bytesDone }) : [];
            seen.set(transfer.id, history);
            return { transfer, speed: speedOf(history) };
          }),
        );
        samples.current = seen;
        const done = reply.value.filter((transfer) => transfer.state === 'done').length;
        if (finished !== -1 && done !== finished) onFinished();
        finished = done;
        const newestFailure = Math.max(0, ...reply.value.filter((transfer) => transfer.state === 'failed').map((transfer) => transfer.updatedAt));
        if (newestFailure > failureShown) {
          failureShown = newestFailure;
          void client.call('transfers.seen', {});
        }
      });
    load();
    const stop = onEvent('transfers.changed', load);
    return () => {
      stopped = true;
      stop();
    };
  }, [client, onFinished]);
  return rows;
}
