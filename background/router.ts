/**
 * Routes one `runtime.onMessage` message: sender first, then the envelope, then the sender
 * policy, then the payload schema, then the handler. Every failure is a reply with a code; a
 * handler's unexpected exception becomes `internal` and the background keeps serving.
 */
import * as v from 'valibot';
import type { Runtime } from '../src/browser.ts';
import { EnvelopeSchema } from '../src/messaging/envelope.ts';
import { ErrorCode, ToteError, type ErrorInfo } from '../src/messaging/errors.ts';
import { isMessageName, protocol, type MessageName, type SenderPolicy, type ParsedRequestOf, type ResponseOf } from '../src/messaging/protocol.ts';
import { failure, success, type Reply } from '../src/messaging/reply.ts';
import { classifySender, type Self, type Sender } from './sender.ts';

export interface HandlerContext {
  sender: Sender;
}

export type Handler<N extends MessageName> = (request: ParsedRequestOf<N>, context: HandlerContext) => Promise<ResponseOf<N>>;
export type Handlers = { [N in MessageName]: Handler<N> };

export interface RouterOptions {
  self: Self;
  handlers: Handlers;
  /** Whether the user's settings grant this content-script origin a `scoped` message. */
  contentScopeAllows(origin: string, name: MessageName): Promise<boolean>;
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
    return failure(badRequest(`This is not a Tote request: ${describe(parsedEnvelope.issues)}`));
  }
  const { name, request } = parsedEnvelope.output;
  if (!isMessageName(name)) {
    return failure({ code: ErrorCode.UnknownMessage, message: `Tote does not know the request "${name}". Update the extension, or check the request name.`, retryable: false });
  }
  if (!(await senderMayCall(sender, name, options))) {
    const who = sender.kind === 'page' ? 'an extension page' : `a page on ${sender.origin}`;
    return failure({ code: ErrorCode.Forbidden, message: `"${name}" may not be requested from ${who}. Allow it for this site in Tote's options if you trust it.`, retryable: false });
  }
  // Every request is an object (protocol.test.ts checks); schemas alone would let an array through.
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return failure(badRequest(`The "${name}" request is malformed: it must be an object.`));
  }
  const entry = protocol[name];
  const parsedRequest = v.safeParse(entry.request, request);
  if (!parsedRequest.success) {
    return failure(badRequest(`The "${name}" request is malformed: ${describe(parsedRequest.issues)}`));
  }
  const handler = options.handlers[name] as Handler<MessageName>;
  return success(await handler(parsedRequest.output as ParsedRequestOf<MessageName>, { sender }));
}

async function senderMayCall(sender: Sender, name: MessageName, options: RouterOptions): Promise<boolean> {
  const policy: SenderPolicy = protocol[name].senders;
  if (sender.kind === 'page') return policy.pages;
  if (policy.content === 'any-origin') return true;
  if (policy.content === 'scoped') return options.contentScopeAllows(sender.origin, name);
  return false;
}

function badRequest(message: string): ErrorInfo {
  return { code: ErrorCode.BadRequest, message, retryable: false };
}

/** The first issue, with its path, cut short so a hostile payload cannot bloat the reply. */
function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  const [first] = issues;
  if (first === undefined) return 'invalid.';
  const path = v.getDotPath(first);
  const text = `${path ? `${path}: ` : ''}${first.message}`;
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function unexpected(error: unknown): ErrorInfo {
  if (error instanceof ToteError) return error.toInfo();
  console.error('Tote: unexpected error in a handler', error);
  return { code: ErrorCode.Internal, message: 'Tote hit an unexpected error. Try again; if it happens again, report it with the steps that led here.', retryable: true };
}
