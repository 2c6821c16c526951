/**
 * The protocol table: every message the background answers, with its request schema, its
 * response type and who may send it. Popup, options, content scripts and the background all
 * import this one table, so a renamed field fails the type check rather than the user.
 *
 * Invariants (tested in protocol.test.ts and background/handlers.test.ts):
 * - every entry has a strict request schema (unknown keys rejected) and a sender policy;
 * - every entry has a handler in the background.
 */
import * as v from 'valibot';
import type { BrowserName } from '../build-info.ts';

/**
 * Who may send a message. Extension pages (popup, options) are trusted callers; content scripts
 * are not: `never` refuses them, `any-origin` accepts them from every page they run on, and
 * `scoped` accepts them only where the user's settings grant that origin the message.
 */
export interface SenderPolicy {
  pages: boolean;
  content: 'never' | 'any-origin' | 'scoped';
}

export interface ProtocolEntry<Request = unknown, Response = unknown> {
  request: v.GenericSchema<unknown, Request>;
  /** Phantom: carries the response type for the typed client; never read at run time. */
  response: Response;
  senders: SenderPolicy;
}

/** Declares the response type of an entry without a value (`response: returns<Pong>()`). */
function returns<T>(): T {
  return undefined as T;
}

export interface Pong {
  pong: true;
  /** Random per background instance: changes when the service worker or event page restarts. */
  instance: string;
  /** When this background instance started (epoch ms). */
  startedAt: number;
}

export interface Status {
  version: string;
  browser: BrowserName;
  development: boolean;
  /** Whether settings hold a valid identity pool and bucket. */
  configured: boolean;
}

export const protocol = {
  ping: {
    request: v.strictObject({}),
    response: returns<Pong>(),
    senders: { pages: true, content: 'any-origin' },
  },
  status: {
    request: v.strictObject({}),
    response: returns<Status>(),
    senders: { pages: true, content: 'never' },
  },
} as const satisfies Record<string, ProtocolEntry<any, any>>;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = v.InferInput<Protocol[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = v.InferOutput<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

/** Own-property lookup, so names like `__proto__` or `toString` are not messages. */
export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(protocol, name);
}
