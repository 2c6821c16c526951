/** The background's `auth.status`, kept current through `auth.changed` broadcasts. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../messaging/client.ts';
import { onEvent } from '../messaging/events.ts';
import { type AuthState, askAuthStatus } from './ask-auth-status.ts';

export type { AuthState } from './ask-auth-status.ts';

export function useAuthStatus(client: Client): { auth: AuthState; reload: () => void } {
  const [auth, setAuth] = useState<AuthState>({ state: 'loading' });
  // Two broadcasts close together ask twice; a slower earlier answer must not replace a later one
  // (it would show a state already gone, and remount the file browser for it).
  const latest = useRef(0);
  const reload = useCallback(() => {
    const ticket = ++latest.current;
    void askAuthStatus(client, () => ticket === latest.current).then((next) => next && setAuth(next));
  }, [client]);
  useEffect(() => {
    reload();
    return onEvent('auth.changed', reload);
  }, [reload]);
  return { auth, reload };
}
