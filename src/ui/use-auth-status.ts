/** The background's `auth.status`, kept current through `auth.changed` broadcasts. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Client } from '../messaging/client.ts';
import type { ErrorInfo } from '../messaging/errors.ts';
import { onEvent } from '../messaging/events.ts';
import type { AuthStatus } from '../messaging/protocol.ts';

export type AuthState = { state: 'loading' } | { state: 'ready'; status: AuthStatus } | { state: 'error'; error: ErrorInfo };

export function useAuthStatus(client: Client): { auth: AuthState; reload: () => void } {
  const [auth, setAuth] = useState<AuthState>({ state: 'loading' });
  const reload = useCallback(() => {
    void client.call('auth.status', {}).then((reply) => setAuth(reply.ok ? { state: 'ready', status: reply.value } : { state: 'error', error: reply.error }));
  }, [client]);
  useEffect(() => {
    reload();
    return onEvent('auth.changed', reload);
  }, [reload]);
  return { auth, reload };
}
