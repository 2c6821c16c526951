/** Loads the background's `status` for an extension page, as a small state machine. */
import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../messaging/client.ts';
import type { ErrorInfo } from '../messaging/errors.ts';
import type { Status } from '../messaging/protocol.ts';

export type StatusState = { state: 'loading' } | { state: 'ready'; status: Status } | { state: 'error'; error: ErrorInfo };

export function useStatus(client: Client): StatusState {
  const [current, setCurrent] = useState<StatusState>({ state: 'loading' });
  useEffect(() => {
    void client.call('status', {}).then((reply) => {
      setCurrent(reply.ok ? { state: 'ready', status: reply.value } : { state: 'error', error: reply.error });
    });
  }, [client]);
  return current;
}
