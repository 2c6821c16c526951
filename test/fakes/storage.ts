/**
 * The storage registry on memory, for unit tests: `storage.session` from the in-memory browser
 * fake (or a plain map) and one memory database per declared name.
 */
import type { DatabaseName } from '../../src/storage/databases.ts';
import { memoryDatabase } from '../../src/storage/database.ts';
import { recordAccess, type StorageBackends } from '../../src/storage/records.ts';
import { wipeOnSignOut } from '../../background/storage/wipe.ts';

export function memoryArea(): StorageBackends['session'] & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  const names = (keys: unknown): string[] =>
    keys == null ? [...items.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys as object);
  return {
    items,
    get: async (keys?: unknown) =>
      Object.fromEntries(
        names(keys)
          .filter((key) => items.has(key))
          .map((key) => [key, structuredClone(items.get(key))]),
      ),
    set: async (values: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
    remove: async (keys: string | string[]) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) items.delete(key);
    },
  } as StorageBackends['session'] & { items: Map<string, unknown> };
}

export function memoryStorage(session: StorageBackends['session'] = memoryArea()) {
  const databases = new Map<DatabaseName, ReturnType<typeof memoryDatabase>>();
  const database = (name: DatabaseName) => {
    let found = databases.get(name);
    if (found === undefined) databases.set(name, (found = memoryDatabase(name)));
    return found;
  };
  const backends: StorageBackends = { session, database };
  const record = recordAccess(backends);
  return { backends, record, database, wipe: () => wipeOnSignOut(record, backends) };
}
