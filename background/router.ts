/**
 * Routes one `runtime.onMessage` message: sender first, then the envelope, then the sender
 * policy, then the payload schema, then the handler. Every failure is a reply with a code; a
 * handler's unexpected exception becomes `internal` and the background keeps serving. Content
 * scopes are not the router's business: the page bridge decides them (background/bridge/).
 */
import * as v from 'valibot';
import type { Runtime } from '../src/browser.ts';
import { EnvelopeSchema } from '../src/messaging/envelope-schema.ts';
import { ErrorCode, ToteError, type ErrorInfo } from '../src/messaging/errors.ts';
import { entryOf, type DevMessageName, type MessageName, type ParsedRequestOf, type ResponseOf } from '../src/messaging/protocol.ts';
import { failure, success, type Reply } from '../src/messaging/reply.ts';
import { t } from '../src/i18n/t.ts';
import { classifySender, type Self, type Sender } from './sender.ts';
import { senderRefusal } from './sender-policy.ts';

export interface HandlerContext {
  sender: Sender;
}

export type Handler<N extends MessageName> = (request: ParsedRequestOf<N>, context: HandlerContext) => Promise<ResponseOf<N>>;
/** A handler for every message; development-only ones exist in development builds only. */
export type Handlers = { [N in Exclude<MessageName, DevMessageName>]: Handler<N> } & { [N in DevMessageName]?: Handler<N> };

export interface RouterOptions {
  self: Self;
  handlers: Handlers;
}

/** Returns `undefined` (no answer at all) for senders that are not our own extension. */
export function createRouter(options: RouterOptions) {
  return function route(message: unknown, rawSender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined {
    const sender = classifySender(rawSender, options.self);
    if (sender === undefined) return undefined;
    return dispatch(message, sender, options).catch((error: unknown) => failure(unexpected(error)));
  };
}

async function dispatch(message: unknown, sender: Sender, options: RouterOptions): Promise<Reply<unknown>> {
  const parsedEnvelope = v.safeParse(EnvelopeSchema, message);
  if (!parsedEnvelope.success) {
    return failure(badRequest(t('errorNotAToteRequest', describe(parsedEnvelope.issues))));
  }
  const { name, request } = parsedEnvelope.output;
  const entry = entryOf(name);
  const handler = entry === undefined ? undefined : handlerOf(options.handlers, name);
  if (entry === undefined || handler === undefined) {
    return failure({
      code: ErrorCode.UnknownMessage,
      message: t('errorUnknownRequest', name),
      retryable: false,
    });
  }
  const refusal = senderRefusal(name, entry.senders, sender);
  if (refusal !== undefined) return failure(refusal);
  // Every request is an object (handlers/table.test.ts checks); schemas alone would let an array through.
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return failure(badRequest(t('errorRequestNotObject', name)));
  }
  const parsedRequest = v.safeParse(entry.request, request);
  if (!parsedRequest.success) {
    return failure(badRequest(t('errorRequestMalformed', name, describe(parsedRequest.issues))));
  }
  return success(await handler(parsedRequest.output as ParsedRequestOf<MessageName>, { sender }));
}

/** Own-property lookup, like `entryOf`: a missing handler is an unknown message, never `Object.prototype`'s. */
function handlerOf(handlers: Handlers, name: string): Handler<MessageName> | undefined {
  return Object.hasOwn(handlers, name) ? (handlers as Record<string, Handler<MessageName>>)[name] : undefined;
}

function badRequest(message: string): ErrorInfo {
  return { code: ErrorCode.BadRequest, message, retryable: false };
}

/** The first issue, with its path, cut short so a hostile payload cannot bloat the reply. */
function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  const [first] = issues;
  if (first === undefined) return t('errorRequestInvalid');
  const path = v.getDotPath(first);
  const text = `${path ? `${path}: ` : ''}${first.message}`;
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function unexpected(error: unknown): ErrorInfo {
  if (error instanceof ToteError) return error.toInfo();
  console.error('Tote: unexpected error in a handler', error);
  return {
    code: ErrorCode.Internal,
    message: t('errorUnexpected'),
    retryable: true,
  };
}
