import type { Pong } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';

/** Answers with this background instance's identity, so callers can tell a restart happened. */
export function pingHandler(instance: { id: string; startedAt: number }): Handler<'ping'> {
  return async (): Promise<Pong> => ({ pong: true, instance: instance.id, startedAt: instance.startedAt });
}
