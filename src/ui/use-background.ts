/**
 * The one hook for "ask the background, and ask again on this broadcast": the latest answer
 * only (two broadcasts close together ask twice, and a slower earlier answer must not replace a
 * later one), with `askBackground`'s retries. `reload()` resolves once its answer is shown (or
 * replaced by a newer question's).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../messaging/client.ts';
import { onEvent } from '../messaging/events.ts';
import type { EventName, MessageName, RequestOf, ResponseOf } from '../messaging/protocol.ts';
import { type Answer, type AskOptions, askBackground } from './ask-background.ts';

export type { Answer } from './ask-background.ts';

export interface UseBackgroundOptions<T> extends Pick<AskOptions<T>, 'failureOf'> {
  /** Ask again whenever the background broadcasts this. */
  refreshOn?: EventName;
}

export function useBackground<N extends MessageName>(
  client: Client,
  name: N,
  request: RequestOf<N>,
  { refreshOn, failureOf }: UseBackgroundOptions<ResponseOf<N>> = {},
): { answer: Answer<ResponseOf<N>>; reload: () => Promise<void> } {
  const [answer, setAnswer] = useState<Answer<ResponseOf<N>>>({ state: 'loading' });
  const latest = useRef(0);
  // The request's content, not its identity: callers write it inline.
  const requestKey = JSON.stringify(request);
  const question = useRef({ request, failureOf });
  question.current = { request, failureOf };
  // biome-ignore lint/correctness/useExhaustiveDependencies: requestKey stands for the request, read through the ref
  const reload = useCallback(() => {
    const ticket = ++latest.current;
    const { request: current, failureOf: failure } = question.current;
    return askBackground(client, name, current, () => ticket === latest.current, failure ? { failureOf: failure } : {}).then((next) => {
      if (next) setAnswer(next);
    });
  }, [client, name, requestKey]);
  useEffect(() => {
    void reload();
    return refreshOn ? onEvent(refreshOn, () => void reload()) : undefined;
  }, [reload, refreshOn]);
  return { answer, reload };
}
