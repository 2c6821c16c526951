/**
 * CORS for the stand-ins the extension's background fetches without host permissions. Only the
 * extension origins are answered: the pinned Chrome id, and any Firefox add-on origin, because
 * Firefox gives each profile a random moz-extension UUID.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CHROME_EXTENSION_ID } from './constants.ts';

const MOZ_EXTENSION_ORIGIN = /^moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isExtensionOrigin(origin: string | undefined): origin is string {
  if (!origin) return false;
  return origin === `chrome-extension://${CHROME_EXTENSION_ID}` || MOZ_EXTENSION_ORIGIN.test(origin);
}

/** Adds CORS headers for an extension origin; returns whether the origin was allowed. */
export function applyCors(req: IncomingMessage, res: ServerResponse, exposeHeaders: string[] = []): boolean {
  const origin = req.headers.origin;
  if (!isExtensionOrigin(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  if (exposeHeaders.length > 0) res.setHeader('Access-Control-Expose-Headers', exposeHeaders.join(', '));
  return true;
}

/**
 * Answers a preflight. The requested headers are echoed (as AWS endpoints do) because the SDK's
 * set grows with versions (`amz-sdk-invocation-id`, `amz-sdk-request`, `x-amz-user-agent`, …).
 */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, methods: string): void {
  if (applyCors(req, res)) {
    res.setHeader('Access-Control-Allow-Methods', methods);
    const requested = req.headers['access-control-request-headers'];
    if (requested) res.setHeader('Access-Control-Allow-Headers', requested);
    res.setHeader('Access-Control-Max-Age', '600');
  }
  res.statusCode = 204;
  res.end();
}
