/**
 * A small string key-value store on one IndexedDB store (src/storage/database.ts): it
 * survives browser restarts (unlike `storage.session`) and, unlike `storage.local`, content
 * scripts can neither read nor write it.
 */
import type { DatabaseName } from '../../src/storage/databases.ts';
import { indexedDatabase, type Store } from '../../src/storage/database.ts';

export interface KeyValue {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
}

export function storeKeyValue(store: Store): KeyValue {
  return {
    get: async (key) => {
      const value = await store.get(key);
      return typeof value === 'string' ? value : undefined;
    },
    set: (key, value) => store.put(value, key),
    remove: (key) => store.delete(key),
  };
}

/** The `entries` store of a key-value database declared in src/storage/databases.ts. */
export function indexedDbKeyValue(databaseName: Extract<DatabaseName, 'tote-identity-ids' | 'tote-bridge-consents'>): KeyValue {
  return storeKeyValue(indexedDatabase(databaseName)('entries'));
}

/** In-memory variant for unit tests. */
export function memoryKeyValue(): KeyValue & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, value) => void entries.set(key, value),
    remove: async (key) => void entries.delete(key),
  };
}
