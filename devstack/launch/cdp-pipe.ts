/**
 * The DevTools protocol over Chromium's `--remote-debugging-pipe`: fd 3 carries commands in, fd 4
 * answers out, each message JSON ended by a NUL byte. Unlike a debugging port, the pipe belongs
 * to the process that started Chromium: nothing else on the machine can drive the browser.
 */
import type { Readable, Writable } from 'node:stream';

export interface CdpPipe {
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export function cdpPipe(input: Writable, output: Readable): CdpPipe {
  let nextId = 1;
  let buffered = '';
  const pending = new Map<number, { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      buffered = buffered.slice(end + 1);
      const waiter = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiter) continue;
      pending.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result ?? {});
    }
  });
  return {
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        input.write(`${JSON.stringify({ id, method, params })}\0`);
      });
    },
  };
}
