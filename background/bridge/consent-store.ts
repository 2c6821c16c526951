/**
 * The user's answers to "Allow <origin> to use Tote?", per origin, each with the scope the
 * question showed (src/page/consent-scope.ts). Kept in the extension origin's IndexedDB (survives
 * restarts; content scripts, which could write `storage.local`, cannot reach it). Writes are
 * serialised so two answers at once do not lose one.
 */
import { isGrantList, type Grant } from '../../src/page/consent-scope.ts';
import type { KeyValue } from '../storage/key-value.ts';

export type Decision = 'allow' | 'deny';
export interface Consent {
  origin: string;
  decision: Decision;
  decidedAt: number;
  /** What the user was shown and answered for; a record without one (older) covers nothing. */
  scope: Grant[];
}

const RECORD = 'consents';

export interface ConsentStore {
  get(origin: string): Promise<Consent | undefined>;
  set(origin: string, decision: Decision, scope: Grant[]): Promise<void>;
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
      if (found?.decision !== 'allow' && found?.decision !== 'deny') return undefined;
      return { ...found, scope: isGrantList(found.scope) ? found.scope : [] };
    },
    set: (origin, decision, scope) => update((all) => void (all[origin] = { origin, decision, decidedAt: now(), scope })),
    revoke: (origin) => update((all) => void delete all[origin]),
    async list() {
      await queue;
      return Object.values(await read()).sort((a, b) => a.origin.localeCompare(b.origin));
    },
  };
}
