/**
 * The one IndexedDB helper: opens a database declared in src/storage/databases.ts (creating its
 * stores on first use) and runs one request per transaction. `memoryDatabase` is the in-memory
 * variant for unit tests.
 */
import { databases, type DatabaseName, type StoreDeclaration } from './databases.ts';

export interface Store {
  get(key: string): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  keys(): Promise<string[]>;
  /** `key` for out-of-line stores; stores with a `keyPath` take it from the value. */
  put(value: unknown, key?: string): Promise<void>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
}

export type Database = (store: string) => Store;

const declarationsOf = (name: DatabaseName): Record<string, StoreDeclaration> => databases[name].stores;

interface Connection {
  database: Database;
  open(): Promise<IDBDatabase>;
}

const connections = new Map<DatabaseName, Connection>();

function connection(name: DatabaseName): Connection {
  let made = connections.get(name);
  if (made === undefined) connections.set(name, (made = connect(name)));
  return made;
}

/** The database `name`, one connection per background instance (or page). */
export function indexedDatabase(name: DatabaseName): Database {
  return connection(name).database;
}

/**
 * Starts opening `name` now rather than at its first request, so that the open's round trip
 * overlaps whatever the caller waits for meanwhile (popup/start-popup.tsx). A failure is left for
 * the first request to meet, which opens again.
 */
export function openEarly(name: DatabaseName): void {
  connection(name)
    .open()
    .catch(() => undefined);
}

function connect(name: DatabaseName): Connection {
  let opened: Promise<IDBDatabase> | undefined;
  const open = () =>
    (opened ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(name, databases[name].version);
      request.onupgradeneeded = () => {
        for (const [store, declaration] of Object.entries(declarationsOf(name))) {
          if (!request.result.objectStoreNames.contains(store)) {
            request.result.createObjectStore(store, declaration.keyPath ? { keyPath: declaration.keyPath } : undefined);
          }
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => {
        opened = undefined;
        reject(request.error);
      };
    }));
  const database: Database = (store) => {
    if (!Object.hasOwn(declarationsOf(name), store)) throw new Error(`IndexedDB store "${name}/${store}" is not declared in src/storage/databases.ts`);
    async function run<T>(mode: IDBTransactionMode, action: (objects: IDBObjectStore) => IDBRequest<T>): Promise<T> {
      const objects = (await open()).transaction(store, mode).objectStore(store);
      return new Promise((resolve, reject) => {
        const request = action(objects);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    return {
      get: (key) => run('readonly', (objects) => objects.get(key)),
      getAll: () => run('readonly', (objects) => objects.getAll()),
      keys: async () => (await run('readonly', (objects) => objects.getAllKeys())).map(String),
      put: async (value, key) => void (await run('readwrite', (objects) => (key === undefined ? objects.put(value) : objects.put(value, key)))),
      delete: async (key) => void (await run('readwrite', (objects) => objects.delete(key))),
      clear: async () => void (await run('readwrite', (objects) => objects.clear())),
    };
  };
  return { database, open };
}

/** In-memory variant for unit tests: values are structured-cloned in and out, as IndexedDB does. */
export function memoryDatabase(name: DatabaseName): Database & { contents(store: string): Map<string, unknown> } {
  const stores = new Map<string, Map<string, unknown>>();
  const contents = (store: string) => {
    if (!Object.hasOwn(declarationsOf(name), store)) throw new Error(`IndexedDB store "${name}/${store}" is not declared in src/storage/databases.ts`);
    let entries = stores.get(store);
    if (entries === undefined) stores.set(store, (entries = new Map()));
    return entries;
  };
  const database = (store: string): Store => {
    const keyPath = declarationsOf(name)[store]?.keyPath;
    const entries = contents(store);
    return {
      get: async (key) => structuredClone(entries.get(key)),
      getAll: async () => [...entries.values()].map((value) => structuredClone(value)),
      keys: async () => [...entries.keys()],
      put: async (value, key) => void entries.set(key ?? String((value as Record<string, unknown>)[keyPath as string]), structuredClone(value)),
      delete: async (key) => void entries.delete(key),
      clear: async () => entries.clear(),
    };
  };
  return Object.assign(database, { contents });
}
