/**
 * The Cognito Identity stand-in's HTTP server:
 *  - `POST /` — the awsJson1_1 protocol (`x-amz-target: AWSCognitoIdentityService.<Operation>`),
 *    unsigned like the real GetId / GetCredentialsForIdentity / GetOpenIdToken.
 *  - `GET /_stats` — calls per operation (and errors); `POST /_stats/reset` zeroes them.
 *  - `GET /sts/…`, `GET /openid/…` — discovery and JWKS of the stand-in's two token issuers.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { answerPreflight, applyCors } from '../cors.ts';
import { readBody, sendJson } from '../http-util.ts';
import { CognitoError } from './errors.ts';
import { OPERATIONS, type OperationName, type StandInContext } from './operations.ts';
import { emptyStats, type Stats } from './stats.ts';
import { issuerDocuments } from './token-issuer.ts';

const TARGET_PREFIX = 'AWSCognitoIdentityService.';
const JSON_1_1 = 'application/x-amz-json-1.1';

function sendError(res: ServerResponse, error: CognitoError): void {
  res.setHeader('x-amzn-errortype', `${error.code}:`);
  sendJson(res, error.status, { __type: error.code, message: error.message }, JSON_1_1);
}

async function callOperation(context: StandInContext, stats: Stats, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const target = String(req.headers['x-amz-target'] ?? '');
  const name = target.slice(TARGET_PREFIX.length) as OperationName;
  if (!target.startsWith(TARGET_PREFIX) || !Object.hasOwn(OPERATIONS, name)) {
    throw new CognitoError('UnknownOperationException', `Unknown operation ${target || '(no x-amz-target)'}`);
  }
  stats[name] += 1;
  let body: unknown;
  try {
    body = JSON.parse((await readBody(req)) || '{}');
  } catch {
    throw new CognitoError('InvalidParameterException', 'The request body is not JSON.');
  }
  sendJson(res, 200, await OPERATIONS[name](context, body), JSON_1_1);
}

export function createCognitoServer(context: StandInContext): { server: Server; stats: () => Stats } {
  let stats = emptyStats();
  const documents = new Map([...issuerDocuments(context.stsIssuer), ...issuerDocuments(context.openIdIssuer)]);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    res.setHeader('x-amzn-requestid', randomUUID());
    applyCors(req, res, ['x-amzn-requestid', 'x-amzn-errortype', 'date']);
    if (req.method === 'OPTIONS') return answerPreflight(req, res, 'POST, GET');
    if (req.method === 'GET' && path === '/_stats') return sendJson(res, 200, stats);
    if (req.method === 'POST' && path === '/_stats/reset') {
      stats = emptyStats();
      return sendJson(res, 200, stats);
    }
    if (req.method === 'GET' && documents.has(path)) return sendJson(res, 200, documents.get(path));
    if (req.method !== 'POST' || path !== '/') return sendJson(res, 404, { message: 'Not found' });
    callOperation(context, stats, req, res).catch((error: unknown) => {
      stats.errors += 1;
      sendError(res, error instanceof CognitoError ? error : new CognitoError('InternalErrorException', String(error), 500));
    });
  });
  return { server, stats: () => ({ ...stats }) };
}
