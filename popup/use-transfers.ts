/**
 * The background's uploads, re-read on every `transfers.changed`: reopening the popup re-attaches
 * to uploads that kept going while it was closed. Keeps recent `bytesDone` readings per upload to
 * tell its speed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import type { TransferView } from '../src/messaging/protocol.ts';
import { useBackground } from '../src/ui/use-background.ts';
import { addSample, speedOf, type Sample } from './speed.ts';

export interface TransferRow {
  transfer: TransferView;
  /** Bytes per second, once known. */
  speed?: number;
}

export function useTransfers(client: Client, onFinished: () => void): TransferRow[] {
  const { answer } = useBackground(client, 'transfers.list', {}, { refreshOn: 'transfers.changed' });
  const [rows, setRows] = useState<TransferRow[]>([]);
  const samples = useRef(new Map<string, Sample[]>());
  /** Finished uploads in the previous answer; -1 before the first. */
  const finished = useRef(-1);
  const failureShown = useRef(0);
  const notify = useRef(onFinished);
  notify.current = onFinished;
  useEffect(() => {
    if (answer.state !== 'ready') return;
    const now = Date.now();
    const seen = new Map<string, Sample[]>();
    setRows(
      answer.value.map((transfer) => {
        const history = transfer.state === 'running' ? addSample(samples.current.get(transfer.id) ?? [], { at: now, bytesDone: transfer.bytesDone }) : [];
        seen.set(transfer.id, history);
        return { transfer, speed: speedOf(history) };
      }),
    );
    samples.current = seen;
    const done = answer.value.filter((transfer) => transfer.state === 'done').length;
    if (finished.current !== -1 && done !== finished.current) notify.current();
    finished.current = done;
    // The newest failure shown here: telling the background clears the toolbar's "!".
    const newestFailure = Math.max(0, ...answer.value.filter((transfer) => transfer.state === 'failed').map((transfer) => transfer.updatedAt));
    if (newestFailure > failureShown.current) {
      failureShown.current = newestFailure;
      void client.call('transfers.seen', {});
    }
  }, [answer, client]);
  return rows;
}
