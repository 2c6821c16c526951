/**
 * Typed client for extension pages and content scripts. Each call resolves to a `Reply`, never
 * rejects: a background that cannot be reached becomes `background_unavailable`.
 */
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

export function createClient(send: Send = sendToBackground): Client {
  async function call<N extends MessageName>(name: N, request: RequestOf<N>): Promise<Reply<ResponseOf<N>>> {
    let reply: unknown;
    try {
      reply = await send(envelope(name, request));
    } catch (error) {
      return unavailable(error);
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
  const reason = detail instanceof Error ? ` (${detail.message})` : '';
  return failure({
    code: ErrorCode.BackgroundUnavailable,
    message: `Tote's background did not answer${reason}. Try again; if it keeps failing, reload the extension.`,
    retryable: true,
  });
}
