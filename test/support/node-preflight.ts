/**
 * A CORS preflight sent by hand from Node, as a browser would send it for the extension's origin
 * (Node may set `Origin`; a browser page may not). The background's diagnostics observe the
 * browser's own preflight instead (background/diagnostics/cors.ts); this lets integration tests
 * ask the real S3 endpoint the same question.
 */
import type { PreflightAnswer } from '../../background/diagnostics/step.ts';

export function nodePreflight(origin: string) {
  return async (url: string, method: string): Promise<PreflightAnswer> => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'x-amz-content-sha256' },
      });
    } catch {
      return 'unreachable';
    }
    const allowedOrigin = response.headers.get('access-control-allow-origin');
    const allowedMethods = (response.headers.get('access-control-allow-methods') ?? '').toUpperCase().split(/\s*,\s*/);
    return (allowedOrigin === origin || allowedOrigin === '*') && allowedMethods.includes(method) ? 'allowed' : 'refused';
  };
}
