/** Port choice: free ports for tests, and a clear message when a fixed port is taken. */
import { createServer } from 'node:net';

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : port));
    });
  });
}

/** A port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return listenOnce(0);
}

export class PortInUseError extends Error {}

export async function assertPortFree(port: number, what: string, flag: string): Promise<void> {
  try {
    await listenOnce(port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new PortInUseError(
      `Port ${port} on 127.0.0.1 (${what}) is already in use — is another devstack running? ` + `Stop it, or choose another port with ${flag}.`,
    );
  }
}
