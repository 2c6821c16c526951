/**
 * Typed client for extension pages and content scripts. Each call resolves to a `Reply`, never
 * rejects: a background that cannot be reached becomes `background_unavailable`.
 */
import { t } from '../i18n/t.ts';
import { browser } from '../browser.ts';
import { envelope } from './envelope.ts';
import { ErrorCode, ToteError } from './errors.ts';
import type { MessageName, RequestOf, ResponseOf } from './protocol.ts';
import { failure, type Reply } from './reply.ts';

export type Send = (message: unknown) => Promise<unknown>;

const sendToBackground: Send = (message) => browser.runtime.sendMessage(message);

export interface Client {
  call<N extends MessageName>(name: N, request: RequestOf<N>): Promise<Reply<ResponseOf<N>>>;
  /** Like `call`, but throws a `ToteError` for an error reply. */
  get<N extends MessageName>(name: N, request: RequestOf<N>): Promise<ResponseOf<N>>;
}

/**
 * Waits before sending again a message that found no background. A background that was just
 * stopped (Firefox's event page right after it was terminated) may miss the first message while it
 * starts again. Firefox says the same words when the page stops *while* answering, so only
 * messages that change nothing are sent again: the others may have been acted on.
 */
export const UNDELIVERED_RETRY_MS = [100, 400, 1000];

/** The browsers' words for a message no background answered. */
const UNDELIVERED = /Could not establish connection|Receiving end does not exist/i;

/** Messages that only read: sending one twice is the same as sending it once. */
const READS_ONLY: ReadonlySet<MessageName> = new Set<MessageName>([
  'ping',
  'status',
  'auth.status',
  'settings.get',
  's3.list',
  's3.head',
  's3.get',
  's3.peek',
  's3.exists',
  'transfers.list',
  'bridge.consents',
]);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createClient(send: Send = sendToBackground, wait: (ms: number) => Promise<unknown> = pause): Client {
  async function call<N extends MessageName>(name: N, request: RequestOf<N>): Promise<Reply<ResponseOf<N>>> {
    let reply: unknown;
    for (let attempt = 0; ; attempt++) {
      try {
        reply = await send(envelope(name, request));
        break;
      } catch (error) {
        const delay = UNDELIVERED_RETRY_MS[attempt];
        if (delay === undefined || !READS_ONLY.has(name) || !UNDELIVERED.test(error instanceof Error ? error.message : String(error)))
          return unavailable(error);
        await wait(delay);
      }
    }
    return isReply(reply) ? (reply as Reply<ResponseOf<N>>) : unavailable(reply);
  }
  return {
    call,
    async get(name, request) {
      const reply = await call(name, request);
      if (!reply.ok) throw ToteError.fromInfo(reply.error);
      return reply.value;
    },
  };
}

function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : value.ok === false && 'error' in value;
}

function unavailable(detail: unknown): Reply<never> {
  return failure({
    code: ErrorCode.BackgroundUnavailable,
    message: detail instanceof Error ? t('errorBackgroundSilentBecause', detail.message) : t('errorBackgroundSilent'),
    retryable: true,
  });
}
