/**
 * Just enough WebDriver BiDi (Firefox's remote protocol, on `--remote-debugging-port`) to open
 * a page in the running browser and read its title. Commands are JSON with an id; the answer
 * carries the same id.
 */
export interface Bidi {
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): void;
}

export async function connectBidi(port: number): Promise<Bidi> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/session`);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`no WebDriver BiDi on port ${port}`)), { once: true });
  });
  let nextId = 1;
  const pending = new Map<number, { method: string; resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; type: string; result?: Record<string, unknown>; error?: string; message?: string };
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id!);
    if (message.type === 'error') waiter.reject(new Error(`${waiter.method}: ${message.error ?? 'error'} ${message.message ?? ''}`));
    else waiter.resolve(message.result ?? {});
  });
  const bidi: Bidi = {
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { method, resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    close: () => socket.close(),
  };
  await bidi.send('session.new', { capabilities: {} });
  return bidi;
}
