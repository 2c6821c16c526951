/**
 * Routes one `runtime.onMessage` message: sender first, then the envelope, then the sender
 * policy, then the payload schema, then the handler. Every failure is a reply with a code; a
 * handler's unexpected exception becomes `internal` and the background keeps serving.
 */
import * as v from 'valibot';
import type { Runtime } from '../src/browser.ts';
import { EnvelopeSchema } from '../src/messaging/envelope.ts';
import { ErrorCode, ToteError, type ErrorInfo } from '../src/messaging/errors.ts';
import { isMessageName, protocol, type MessageName, type ParsedRequestOf, type ProtocolEntry, type ResponseOf } from '../src/messaging/protocol.ts';
import { failure, success, type Reply } from '../src/messaging/reply.ts';
import type { ContentScope } from '../src/settings/schema.ts';
import { classifySender, type Self, type Sender } from './sender.ts';

export interface HandlerContext {
  sender: Sender;
}

export type Handler<N extends MessageName> = (request: ParsedRequestOf<N>, context: HandlerContext) => Promise<ResponseOf<N>>;
export type Handlers = { [N in MessageName]: Handler<N> };

export interface RouterOptions {
  self: Self;
  handlers: Handlers;
  /** The content scopes the user's settings grant this origin (none by default). */
  contentScopes(origin: string): Promise<ContentScope[]>;
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
  const scopes = await grantedScopes(sender, name, options);
  if (scopes === undefined) {
    const who = sender.kind === 'page' ? 'an extension page' : `a page on ${sender.origin}`;
    return failure({ code: ErrorCode.Forbidden, message: `"${name}" may not be requested from ${who}. Allow it for this site in Tote's options if you trust it.`, retryable: false });
  }
  // Every request is an object (protocol.test.ts checks); schemas alone would let an array through.
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return failure(badRequest(`The "${name}" request is malformed: it must be an object.`));
  }
  const entry: ProtocolEntry<unknown, unknown> = protocol[name];
  const parsedRequest = v.safeParse(entry.request, request);
  if (!parsedRequest.success) {
    return failure(badRequest(`The "${name}" request is malformed: ${describe(parsedRequest.issues)}`));
  }
  if (scopes !== 'unscoped' && !withinScopes(entry, parsedRequest.output, scopes)) {
    const prefixes = scopes.map((scope) => `"${scope.prefix}"`).join(' or ');
    return failure({ code: ErrorCode.Forbidden, message: `This site may only use ${prefixes} in Tote; the request reaches outside it.`, retryable: false });
  }
  const handler = options.handlers[name] as Handler<MessageName>;
  return success(await handler(parsedRequest.output as ParsedRequestOf<MessageName>, { sender }));
}

/**
 * `undefined`: refused outright. `unscoped`: allowed whatever the keys. Otherwise the scopes
 * that allow this message's operation, which the request's keys must then fall inside.
 */
async function grantedScopes(sender: Sender, name: MessageName, options: RouterOptions): Promise<ContentScope[] | 'unscoped' | undefined> {
  const entry: ProtocolEntry<unknown, unknown> = protocol[name];
  if (sender.kind === 'page') return entry.senders.pages ? 'unscoped' : undefined;
  if (entry.senders.content === 'any-origin') return 'unscoped';
  if (entry.senders.content !== 'scoped' || entry.scope === undefined) return undefined;
  const operation = entry.scope.operation;
  const scopes = (await options.contentScopes(sender.origin)).filter((scope) => scope.allow.includes(operation));
  return scopes.length > 0 ? scopes : undefined;
}

/**
 * Keys are compared before `${identityId}` is filled in: a key that starts with the scope's
 * prefix, placeholder and all, stays inside that prefix once both are filled in the same way.
 */
function withinScopes(entry: ProtocolEntry<unknown, unknown>, request: unknown, scopes: ContentScope[]): boolean {
  const keys = entry.scope?.keys(request) ?? [];
  return scopes.some((scope) => keys.every((key) => key.startsWith(scope.prefix)));
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
