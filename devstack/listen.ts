/** Starts a Node HTTP server on 127.0.0.1 and turns "address in use" into a clear error. */
import type { Server } from 'node:http';
import { PortInUseError } from './ports.ts';

export function listen(server: Server, port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(`Port ${port} on 127.0.0.1 (${what}) is already in use.`) : error);
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    // Keep-alive sockets would hold close() open until they time out.
    server.closeAllConnections();
  });
}
