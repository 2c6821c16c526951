/** A local web server on 127.0.0.1 (free port) serving test pages, where the probe content script runs. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebServer {
  origin: string;
  /** The paths asked for so far, in order (to prove a request was never made). */
  requested: string[];
  close(): Promise<void>;
}

/** A response for one path; paths not listed get the plain test page. */
export interface Route {
  type: string;
  body: string | Buffer;
  status?: number;
  headers?: Record<string, string>;
}

const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tote test page</title></head><body><h1>Test page</h1></body></html>';

export async function startWebServer(routes: Record<string, Route> = {}): Promise<WebServer> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requested.push(path);
    const route = routes[path];
    response.writeHead(route?.status ?? 200, { 'content-type': route?.type ?? 'text/html; charset=utf-8', ...route?.headers });
    response.end(route?.body ?? PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
