/** The shape of one protocol table entry (src/messaging/protocol.ts, src/messaging/dev-protocol.ts). */
import type * as v from 'valibot';

/**
 * Who may send a message. Extension pages (popup, options) are trusted callers; content scripts
 * are not: `never` refuses them, `any-origin` accepts them from every page they run on. Which
 * origins may use S3 is decided once, by the page bridge (background/bridge/authorize.ts), never
 * by the router: content scripts reach S3 only through `bridge.request`.
 */
export interface SenderPolicy {
  pages: boolean;
  content: 'never' | 'any-origin';
}

export interface ProtocolEntry<Request = unknown, Response = unknown> {
  request: v.GenericSchema<unknown, Request>;
  /** Phantom: carries the response type for the typed client; never read at run time. */
  response: Response;
  senders: SenderPolicy;
}

/** Declares the response type of an entry without a value (`response: returns<Pong>()`). */
export function returns<T>(): T {
  return undefined as T;
}

/** Only Tote's own extension pages: what nearly every message allows. */
export const PAGES_ONLY = { pages: true, content: 'never' } as const satisfies SenderPolicy;

/**
 * One entry of the table, as `defineMessage<Response>()(requestSchema)`: the request type is
 * inferred from its schema; the response type is named, having no value to infer it from (hence
 * the two calls: TypeScript infers all type arguments of a call or none).
 */
export function defineMessage<Response>() {
  return <Request extends v.GenericSchema>(request: Request, senders: SenderPolicy = PAGES_ONLY) => ({ request, response: returns<Response>(), senders });
}
