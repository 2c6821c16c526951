/**
 * One question to the background as a page asks it: a retryable failure (the worker stopping
 * mid-call, Cognito out of reach for a moment) is asked again twice, a little later each time,
 * before it is shown; an answer the page no longer wants (a newer question was asked) is dropped.
 */
import type { Client } from '../messaging/client.ts';
import type { ErrorInfo } from '../messaging/errors.ts';
import type { MessageName, RequestOf, ResponseOf } from '../messaging/protocol.ts';

export type Answer<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: ErrorInfo };

export interface AskOptions<T> {
  /** A failure carried inside a successful answer (auth.status's `error`), retried like an error reply. */
  failureOf?: (value: T) => ErrorInfo | undefined;
  wait?: (ms: number) => Promise<unknown>;
}

/** Waits before each automatic retry. */
export const RETRY_DELAYS_MS = [300, 1500];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The answer to show, or undefined once `stillWanted()` says a newer question replaced this one. */
export async function askBackground<N extends MessageName>(
  client: Client,
  name: N,
  request: RequestOf<N>,
  stillWanted: () => boolean,
  { failureOf, wait = sleep }: AskOptions<ResponseOf<N>> = {},
): Promise<Answer<ResponseOf<N>> | undefined> {
  for (let attempt = 0; ; attempt++) {
    const reply = await client.call(name, request);
    if (!stillWanted()) return undefined;
    const failure = reply.ok ? failureOf?.(reply.value) : reply.error;
    const delay = RETRY_DELAYS_MS[attempt];
    if (failure?.retryable && delay !== undefined) {
      await wait(delay);
      if (!stillWanted()) return undefined;
      continue;
    }
    return reply.ok ? { state: 'ready', value: reply.value } : { state: 'error', error: reply.error };
  }
}
