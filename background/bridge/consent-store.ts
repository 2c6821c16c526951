/**
 * The user's answers to "Allow <origin> to use Tote?", per origin. Kept in the extension origin's
 * IndexedDB (survives restarts; content scripts, which could write `storage.local`, cannot reach
 * it). Writes are serialised so two answers at once do not lose one.
 */
import type { KeyValue } from '../storage/key-value.ts';

export type Decision = 'allow' | 'deny';
export interface Consent {
  origin: string;
  decision: Decision;
  decidedAt: number;
}

const RECORD = 'consents';

export interface ConsentStore {
  get(origin: string): Promise<Decision | undefined>;
  set(origin: string, decision: Decision): Promise<void>;
  revoke(origin: string): Promise<void>;
  list(): Promise<Consent[]>;
}

export function consentStore(keyValue: KeyValue, now: () => number = Date.now): ConsentStore {
  let queue: Promise<unknown> = Promise.resolve();
  async function read(): Promise<Record<string, Consent>> {
    const raw = await keyValue.get(RECORD);
    if (raw === undefined) return {};
    try {
      const parsed = JSON.parse(raw) as unknown;
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, Consent>) : {};
    } catch {
      return {};
    }
  }
  function update(change: (all: Record<string, Consent>) => void): Promise<void> {
    const next = queue.then(async () => {
      const all = await read();
      change(all);
      await keyValue.set(RECORD, JSON.stringify(all));
    });
    queue = next.catch(() => undefined);
    return next;
  }
  return {
    async get(origin) {
      await queue;
      const found = (await read())[origin];
      return found?.decision === 'allow' || found?.decision === 'deny' ? found.decision : undefined;
    },
    set: (origin, decision) => update((all) => void (all[origin] = { origin, decision, decidedAt: now() })),
    revoke: (origin) => update((all) => void delete all[origin]),
    async list() {
      await queue;
      return Object.values(await read()).sort((a, b) => a.origin.localeCompare(b.origin));
    },
  };
}
