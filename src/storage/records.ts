/**
 * The one typed accessor for the records of src/storage/keys.ts: each read is validated against
 * the key's schema (a record that does not parse counts as absent: an older Tote, a bug or
 * tampering never reaches a decision), each write is validated before it is stored.
 */
import * as v from 'valibot';
import type { Storage } from '../browser.ts';
import type { DatabaseName } from './databases.ts';
import { storageKeys, type StorageKeyName, type StoredValueOf } from './keys.ts';
import type { Database, Store } from './database.ts';

export interface StoredRecord<T> {
  get(): Promise<T | undefined>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
}

export interface StorageBackends {
  /** `storage.session`. */
  session: Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;
  /** Opens a database declared in src/storage/keys.ts. */
  database(name: DatabaseName): Database;
}

export function recordAccess(backends: StorageBackends) {
  let state: Store | undefined;
  const stateStore = () => (state ??= backends.database('tote-state')('records'));
  return function record<K extends StorageKeyName>(key: K): StoredRecord<StoredValueOf<K>> {
    const declaration = storageKeys[key];
    const schema = declaration.schema as v.GenericSchema<unknown, StoredValueOf<K>>;
    const read = async (): Promise<unknown> => (declaration.area === 'session' ? (await backends.session.get(key))[key] : stateStore().get(key));
    return {
      async get() {
        const parsed = v.safeParse(schema, await read());
        return parsed.success ? parsed.output : undefined;
      },
      async set(value) {
        const checked = v.parse(schema, value);
        await (declaration.area === 'session' ? backends.session.set({ [key]: checked }) : stateStore().put(checked, key));
      },
      remove: () => (declaration.area === 'session' ? backends.session.remove(key) : stateStore().delete(key)),
    };
  };
}

export type RecordAccess = ReturnType<typeof recordAccess>;
