/**
 * Back-off after unanswered consent questions, per origin: a site whose question was closed (or
 * timed out) may not open another for a growing while, so a page cannot pop window after window
 * until one is clicked through. An answer (allow or deny) or the user's revoke resets it. Kept in
 * the consent IndexedDB store beside the answers, never in storage.local (content scripts can
 * write that), and not only in memory: an idle background is stopped, and the wait must outlive it.
 */
import type { KeyValue } from '../storage/key-value.ts';
import { tCount } from '../../src/i18n/t.ts';

/** Wait after the 1st, 2nd, 3rd, 4th and every later unanswered question in a row. */
export const BACKOFF_STEPS_MS = [30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000];

interface Dismissals {
  /** Questions closed unanswered in a row. */
  count: number;
  /** Until when (epoch ms) the origin may not ask. */
  until: number;
}

const RECORD = 'dismissals';

export interface ConsentBackoff {
  /** Milliseconds until `origin` may ask again; 0 if it may now. */
  waitLeft(origin: string): Promise<number>;
  /** A question of `origin` ended unanswered; resolves to the wait it now has to sit out. */
  dismissed(origin: string): Promise<number>;
  /** The user answered (or revoked): the origin starts afresh. */
  reset(origin: string): Promise<void>;
}

export function consentBackoff(keyValue: KeyValue, now: () => number = Date.now): ConsentBackoff {
  let queue: Promise<unknown> = Promise.resolve();
  async function read(): Promise<Record<string, Dismissals>> {
    try {
      const parsed = JSON.parse((await keyValue.get(RECORD)) ?? '{}') as unknown;
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, Dismissals>) : {};
    } catch {
      return {};
    }
  }
  /** Read-modify-write, one at a time, so two questions ending together both count. */
  function update<T>(change: (all: Record<string, Dismissals>) => T): Promise<T> {
    const next = queue.then(async () => {
      const all = await read();
      const result = change(all);
      await keyValue.set(RECORD, JSON.stringify(all));
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  }
  return {
    async waitLeft(origin) {
      await queue;
      const until = (await read())[origin]?.until;
      return typeof until === 'number' ? Math.max(0, until - now()) : 0;
    },
    dismissed: (origin) =>
      update((all) => {
        const count = (all[origin]?.count ?? 0) + 1;
        const wait = BACKOFF_STEPS_MS[Math.min(count, BACKOFF_STEPS_MS.length) - 1] as number;
        all[origin] = { count, until: now() + wait };
        return wait;
      }),
    reset: (origin) => update((all) => void delete all[origin]),
  };
}

/** "30 seconds", "2 minutes", "1 hour": how long a wait is, for a sentence. */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return tCount('durationSeconds', seconds);
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return tCount('durationMinutes', minutes);
  return tCount('durationHours', Math.ceil(minutes / 60));
}
