/**
 * The IdP's HTTP server: the interaction pages are ours, everything else is oidc-provider's.
 * `GET /_stats` counts token endpoint grants by type (devstack/idp/token-stats.ts); `POST
 * /_stats/reset` zeroes them.
 * oidc-provider answers CORS itself for discovery, JWKS and the token endpoint; the end-session
 * endpoint has none, so extension origins get it here.
 */
import { createServer, type Server } from 'node:http';
import { answerPreflight, applyCors } from '../cors.ts';
import { sendHtml, sendJson } from '../http-util.ts';
import { showInteraction, submitLogin } from './interactions.ts';
import { createProvider, type IdpLifetimes } from './provider.ts';
import { countTokenGrants } from './token-stats.ts';

const INTERACTION = /^\/interaction\/[\w-]+$/;

/** `stateDir`: where the provider keeps its keys, sessions and grants across restarts. */
export function createIdpServer(issuer: string, lifetimes: IdpLifetimes, stateDir: string): Server {
  const provider = createProvider(issuer, lifetimes, stateDir);
  const oidc = provider.callback();
  const grants = countTokenGrants(provider);
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    const route = async (): Promise<void> => {
      if (path === '/_stats' && req.method === 'GET') return sendJson(res, 200, grants.stats());
      if (path === '/_stats/reset' && req.method === 'POST') {
        grants.reset();
        return sendJson(res, 200, grants.stats());
      }
      if (INTERACTION.test(path) && req.method === 'GET') return showInteraction(provider, req, res);
      if (INTERACTION.test(path) && req.method === 'POST') return submitLogin(provider, req, res);
      if (path.startsWith('/session/end')) {
        if (req.method === 'OPTIONS') return answerPreflight(req, res, 'GET, POST');
        applyCors(req, res);
      }
      oidc(req, res);
    };
    route().catch((error: unknown) => {
      // An expired or unknown interaction lands here (e.g. the form submitted twice).
      if (!res.headersSent) sendHtml(res, 400, `<p>Sign-in failed: ${String((error as Error).message)}</p>`);
      else res.end();
    });
  });
}
