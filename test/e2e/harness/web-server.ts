/** A local web server on 127.0.0.1 (free port) serving test pages, where the probe content script runs. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebServer {
  origin: string;
  close(): Promise<void>;
}

const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tote test page</title></head><body><h1>Test page</h1></body></html>';

export async function startWebServer(): Promise<WebServer> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
