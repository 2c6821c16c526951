/**
 * One `auth.status` question as a page asks it: a retryable failure (the worker stopping mid-call,
 * Cognito out of reach for a moment) is asked again twice, a little later each time, before it is
 * shown; an answer the page no longer wants (a newer question was asked) is dropped.
 */
import type { Client } from '../messaging/client.ts';
import type { ErrorInfo } from '../messaging/errors.ts';
import type { AuthStatus } from '../messaging/protocol.ts';

export type AuthState = { state: 'loading' } | { state: 'ready'; status: AuthStatus } | { state: 'error'; error: ErrorInfo };

/** Waits before each automatic retry. */
export const RETRY_DELAYS_MS = [300, 1500];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The state to show, or undefined once `stillWanted()` says a newer question replaced this one. */
export async function askAuthStatus(
  client: Client,
  stillWanted: () => boolean,
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<AuthState | undefined> {
  for (let attempt = 0; ; attempt++) {
    const reply = await client.call('auth.status', {});
    if (!stillWanted()) return undefined;
    const failure = reply.ok ? reply.value.error : reply.error;
    const delay = RETRY_DELAYS_MS[attempt];
    if (failure?.retryable && delay !== undefined) {
      await wait(delay);
      if (!stillWanted()) return undefined;
      continue;
    }
    return reply.ok ? { state: 'ready', status: reply.value } : { state: 'error', error: reply.error };
  }
}
