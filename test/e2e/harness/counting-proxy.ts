/**
 * A pass-through HTTP proxy in front of S3 that counts UploadPart requests per part number, so a
 * test can see at the server side which parts were sent and how often. It keeps the Host header
 * the client signed (SigV4 covers it), so RGW checks the very signature the extension made.
 */
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  endpoint: string;
  /**
   * Successful UploadPart requests for the latest multipart upload of an object (`bucket/key`):
   * part number → count. Earlier uploads of the same key are counted apart.
   */
  partsSent(object: string): Map<number, number>;
  /** UploadPart answers handed back to the browser so far, for every object (after any hold). */
  partsAnswered(): number;
  /** Holds each UploadPart answer this long, so an upload lasts long enough to be interrupted. */
  slowPartsBy(ms: number): void;
  close(): Promise<void>;
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  /** object → upload id → part number → count; Map keeps upload ids in the order first seen. */
  const parts = new Map<string, Map<string, Map<number, number>>>();
  let partDelayMs = 0;
  let answered = 0;
  const server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://proxy');
    const proxied = forward({ host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
      const object = decodeURIComponent(url.pathname).slice(1);
      const partNumber = Number(url.searchParams.get('partNumber'));
      const uploadId = url.searchParams.get('uploadId');
      if (incoming.method === 'PUT' && uploadId && partNumber > 0 && (answer.statusCode ?? 0) < 300) {
        const uploads = parts.get(object) ?? new Map<string, Map<number, number>>();
        const counts = uploads.get(uploadId) ?? new Map<number, number>();
        counts.set(partNumber, (counts.get(partNumber) ?? 0) + 1);
        uploads.set(uploadId, counts);
        parts.set(object, uploads);
      }
      const reply = () => {
        if (uploadId && partNumber > 0) answered++;
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      };
      if (uploadId && partNumber > 0 && partDelayMs > 0) setTimeout(reply, partDelayMs);
      else reply();
    });
    proxied.on('error', () => outgoing.destroy());
    incoming.pipe(proxied);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    slowPartsBy: (ms) => {
      partDelayMs = ms;
    },
    partsAnswered: () => answered,
    partsSent: (object) => new Map([...(parts.get(object)?.values() ?? [])].at(-1) ?? []),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

