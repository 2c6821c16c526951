/**
 * `bridge.request`: one page bridge request, forwarded by content/bridge.ts. Checked here against
 * the sender's real origin (from the browser), that origin's scopes in settings and the user's
 * consent for them (background/bridge/consent-check.ts), then served by the ordinary S3 handlers.
 */
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { t } from '../../src/i18n/t.ts';
import type { ContentScope } from '../../src/settings/schema.ts';
import type { ParsedRequestOf } from '../../src/messaging/protocol.ts';
import type { Handler, HandlerContext } from '../router.ts';
import { getBytesHandler } from '../s3/get-bytes.ts';
import { listHandler } from '../s3/list.ts';
import { presignHandler } from '../s3/presign.ts';
import { putHandler } from '../s3/put.ts';
import type { S3Context } from '../s3/s3-context.ts';
import { grantOf } from '../../src/page/consent-scope.ts';
import { authorize } from './authorize.ts';
import { checkConsent, type ConsentCheckDependencies } from './consent-check.ts';

export interface BridgeDependencies extends ConsentCheckDependencies {
  s3: S3Context;
  scopes(): Promise<ContentScope[]>;
}

/**
 * Requests served at once per origin, whatever the content script claims: a compromised renderer
 * can skip the content script's own cap and message the background directly.
 */
export const MAX_IN_FLIGHT_PER_ORIGIN = 8;

/** Presigned links through the bridge live at most a day (and never past the credentials). */
const DEFAULT_LINK_SECONDS = 3600;

export function bridgeListedHandler(deps: Pick<BridgeDependencies, 'scopes'>): Handler<'bridge.listed'> {
  return async (_request, context) => {
    if (context.sender.kind !== 'content' || context.sender.frameId !== 0) return { listed: false };
    const origin = context.sender.origin;
    return { listed: (await deps.scopes()).some((scope) => scope.origin === origin) };
  };
}

export function bridgeHandler(deps: BridgeDependencies): Handler<'bridge.request'> {
  const list = listHandler(deps.s3);
  const get = getBytesHandler(deps.s3);
  const put = putHandler(deps.s3);
  const presign = presignHandler(deps.s3);
  const inFlight = new Map<string, number>();
  const serve = async (request: ParsedRequestOf<'bridge.request'>, context: HandlerContext, key: string) => {
    switch (request.op) {
      case 'list':
        return {
          result: await list({ prefix: key, delimiter: '/', ...(request.continuationToken ? { continuationToken: request.continuationToken } : {}) }, context),
        };
      case 'get':
        return { result: await get({ key }, context) };
      case 'put': {
        if (request.body === undefined) throw new ToteError(ErrorCode.BadRequest, 'A put needs a body.');
        const stored = await put({ key, body: request.body, ...(request.contentType ? { contentType: request.contentType } : {}) }, context);
        return { result: stored };
      }
      case 'presign':
        return { result: await presign({ key, expiresInSeconds: request.expiresInSeconds ?? DEFAULT_LINK_SECONDS }, context) };
    }
  };
  return async (request, context: HandlerContext) => {
    // The router lets only content scripts send this; the check is repeated so it can never drift.
    if (context.sender.kind !== 'content' || context.sender.frameId !== 0) return { silent: true };
    const origin = context.sender.origin;
    const target = request.op === 'list' ? request.prefix : request.key;
    const scopes = await deps.scopes();
    const verdict = authorize(scopes, origin, request.op, target);
    if (verdict.kind === 'unlisted') return { silent: true };
    const running = inFlight.get(origin) ?? 0;
    if (running >= MAX_IN_FLIGHT_PER_ORIGIN) throw new ToteError(ErrorCode.Busy, t('errorBridgeBusy', MAX_IN_FLIGHT_PER_ORIGIN), { retryable: true });
    inFlight.set(origin, running + 1);
    try {
      await checkConsent(deps, { origin, tabId: context.sender.tabId, userActivation: request.userActivation }, grantOf(scopes, origin));
      if (verdict.kind === 'refused') throw new ToteError(ErrorCode.Forbidden, verdict.message);
      return await serve(request, context, verdict.key);
    } finally {
      const left = (inFlight.get(origin) ?? 1) - 1;
      if (left > 0) inFlight.set(origin, left);
      else inFlight.delete(origin);
    }
  };
}
