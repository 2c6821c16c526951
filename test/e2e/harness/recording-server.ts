/**
 * A server standing for an attacker's endpoint: it records every request (method, path, headers,
 * body) and refuses it, so a test can prove that no token or key was ever sent there.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingServer {
  url: string;
  /** Everything received so far, one string per request. */
  received(): string[];
  close(): Promise<void>;
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const received: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push(`${request.method} ${request.url} ${JSON.stringify(request.headers)} ${Buffer.concat(chunks).toString('utf8')}`);
      response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' });
      response.end('{"__type":"NotAuthorizedException","message":"refused by the test"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => [...received],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
