/**
 * A hostile stand-in for S3 and Cognito on 127.0.0.1, for the router fuzz: real HTTP, so Tote's
 * real handlers run the real SDK clients (signing with the fake secrets of secrets.ts). Its S3
 * answers in turn: success, then the errors real S3 sends that echo secrets back — a
 * SignatureDoesNotMatch carries the access key id and a canonical request with the session token,
 * InvalidAccessKeyId the key id, ExpiredToken (a 400) the session token — then a missing key and
 * a reply that is not XML. (No 5xx: the
 * SDK would retry it with back-off, and the fuzz would spend its time waiting.)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECRETS } from './secrets.ts';

export interface FakeAws {
  endpoint: string;
  /** Requests that arrived signed with the fake access key id (proves the secrets were in play). */
  signedRequests(): number;
  /** Answers that echoed a secret back to Tote. */
  echoedSecrets(): number;
  close(): Promise<void>;
}

export const FAKE_IDENTITY_ID = 'us-east-1:00000000-0000-4000-8000-00000000f022';

function signatureDoesNotMatch(request: IncomingMessage): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>${SECRETS.accessKeyId}</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n20260101T000000Z</StringToSign><SignatureProvided>abc</SignatureProvided><CanonicalRequest>${request.method} ${request.url}\nx-amz-security-token:${SECRETS.sessionToken}\n</CanonicalRequest><RequestId>FUZZ</RequestId></Error>`;
}

function cognito(target: string, body: string, response: ServerResponse) {
  const json = (status: number, value: unknown) => {
    response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
    response.end(JSON.stringify(value));
  };
  const request = JSON.parse(body || '{}') as { Logins?: unknown };
  if (request.Logins)
    return json(400, { __type: 'NotAuthorizedException', message: 'Invalid login token. Token is not from a supported provider of this identity pool.' });
  if (target.endsWith('.GetId')) return json(200, { IdentityId: FAKE_IDENTITY_ID });
  return json(200, {
    IdentityId: FAKE_IDENTITY_ID,
    Credentials: {
      AccessKeyId: SECRETS.diagnosticsAccessKeyId,
      SecretKey: SECRETS.diagnosticsSecretKey,
      SessionToken: SECRETS.diagnosticsSessionToken,
      Expiration: Math.floor(Date.now() / 1000) + 3600,
    },
  });
}

function s3Success(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://x');
  const xml = (text: string) => {
    response.writeHead(200, { 'content-type': 'application/xml' });
    response.end(`<?xml version="1.0" encoding="UTF-8"?>${text}`);
  };
  if (request.method === 'GET' && url.searchParams.get('list-type') === '2') {
    return xml(
      `<ListBucketResult><Name>fuzz</Name><KeyCount>1</KeyCount><IsTruncated>false</IsTruncated><Contents><Key>private/${FAKE_IDENTITY_ID}/app/a.txt</Key><Size>5</Size><LastModified>2026-01-01T00:00:00.000Z</LastModified><ETag>"e"</ETag></Contents></ListBucketResult>`,
    );
  }
  if (request.method === 'POST' && url.searchParams.has('delete')) return xml('<DeleteResult></DeleteResult>');
  if (request.method === 'PUT' && request.headers['x-amz-copy-source'])
    return xml('<CopyObjectResult><ETag>"c"</ETag><LastModified>2026-01-01T00:00:00.000Z</LastModified></CopyObjectResult>');
  const headers = { etag: '"e"', 'content-type': 'text/plain', 'last-modified': 'Thu, 01 Jan 2026 00:00:00 GMT', 'x-amz-meta-owner': 'fuzz' };
  if (request.method === 'HEAD') {
    response.writeHead(200, { ...headers, 'content-length': '5' });
    return void response.end();
  }
  if (request.method === 'DELETE') {
    response.writeHead(204);
    return void response.end();
  }
  response.writeHead(200, headers);
  response.end(request.method === 'GET' ? 'hello' : '');
}

export async function startFakeAws(): Promise<FakeAws> {
  let turn = 0;
  let signed = 0;
  let echoed = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const target = request.headers['x-amz-target'];
      if (typeof target === 'string') return cognito(target, Buffer.concat(chunks).toString('utf8'), response);
      if (String(request.headers.authorization ?? '').includes(SECRETS.accessKeyId)) signed++;
      const mood = turn++ % 6;
      if (mood === 0) return s3Success(request, response);
      if (mood === 1 || mood === 2) {
        echoed++;
        response.writeHead(403, { 'content-type': 'application/xml' });
        return void response.end(
          mood === 1
            ? signatureDoesNotMatch(request)
            : `<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>${SECRETS.accessKeyId}</AWSAccessKeyId></Error>`,
        );
      }
      if (mood === 5) {
        echoed++;
        response.writeHead(400, { 'content-type': 'application/xml' });
        return void response.end(
          `<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message><Token-0>${SECRETS.sessionToken}</Token-0></Error>`,
        );
      }
      if (mood === 3) {
        response.writeHead(404, { 'content-type': 'application/xml' });
        return void response.end(`<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${request.url}</Key></Error>`);
      }
      // Not XML (a GetObject reads it as the object's bytes, which may hold anything but a secret of Tote's).
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.end('not xml at all <<<');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    signedRequests: () => signed,
    echoedSecrets: () => echoed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
