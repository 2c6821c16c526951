/**
 * A minimal Cognito Identity wire-protocol fake for unit tests of the credential broker: it
 * counts calls and issues credentials with a chosen lifetime. Integration and end-to-end tests
 * use the devstack's stand-in, which checks tokens for real.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCognito {
  endpoint: string;
  calls: { GetId: number; GetCredentialsForIdentity: number };
  requests: Array<{ target: string; body: Record<string, unknown> }>;
  /** Seconds the next credentials live. */
  lifetimeSeconds: number;
  /** When set, the next answers are this error. */
  failWith?: { type: string; message: string };
  /** When set, the next call of `target` only is this error (then it is cleared). */
  failOnce?: { target: string; type: string; message: string };
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text) as Record<string, unknown>;
}

export async function startFakeCognito(): Promise<FakeCognito> {
  let next = 0;
  // Which identity each login was linked to, so GetId with a linked login answers that identity.
  const linked = new Map<string, string>();
  const loginKeyOf = (body: Record<string, unknown>) => JSON.stringify(body.Logins ?? null);
  const fake: FakeCognito = {
    endpoint: '',
    calls: { GetId: 0, GetCredentialsForIdentity: 0 },
    requests: [],
    lifetimeSeconds: 3600,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer(async (request, response) => {
    const target = String(request.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    const body = await readJson(request);
    fake.requests.push({ target, body });
    const reply = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(JSON.stringify(value));
    };
    if (fake.failWith) return reply(400, { __type: fake.failWith.type, message: fake.failWith.message });
    if (fake.failOnce?.target === target) {
      const { type, message } = fake.failOnce;
      delete fake.failOnce;
      return reply(400, { __type: type, message });
    }
    if (target === 'GetId') {
      fake.calls.GetId++;
      const known = body.Logins ? linked.get(loginKeyOf(body)) : undefined;
      const identityId = known ?? `us-east-1:00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
      if (body.Logins) linked.set(loginKeyOf(body), identityId);
      return reply(200, { IdentityId: identityId });
    }
    if (target === 'GetCredentialsForIdentity') {
      fake.calls.GetCredentialsForIdentity++;
      // A login already linked to another identity: Cognito merges this (guest) identity into it and answers that one.
      const owner = body.Logins ? linked.get(loginKeyOf(body)) : undefined;
      if (body.Logins && owner === undefined) linked.set(loginKeyOf(body), String(body.IdentityId));
      const expiration = Math.floor(Date.now() / 1000) + fake.lifetimeSeconds;
      return reply(200, {
        IdentityId: owner ?? body.IdentityId,
        Credentials: { AccessKeyId: `AKIA${fake.calls.GetCredentialsForIdentity}`, SecretKey: 'secret', SessionToken: 'token', Expiration: expiration },
      });
    }
    return reply(400, { __type: 'UnknownOperationException', message: target });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
