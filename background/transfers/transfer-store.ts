/**
 * Uploads in progress, kept in the extension origin's IndexedDB: each transfer's record (key,
 * multipart upload id, finished parts) and a copy of its file. A File handed to the background
 * dies with the service worker (Chrome) or a suspended event page (Firefox); the copy does not,
 * so an interrupted upload resumes from its last finished part. Content scripts cannot read it.
 */
export interface PartDone {
  PartNumber: number;
  ETag: string;
}

export interface TransferRecord {
  id: string;
  key: string;
  size: number;
  contentType: string;
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  bytesDone: number;
  /** Multipart only. */
  uploadId?: string;
  partSize?: number;
  parts: PartDone[];
  /** Part uploads started, counting re-sends (tests check that resuming re-sends no finished part). */
  partAttempts: number;
  error?: { code: string; message: string };
  startedAt: number;
  updatedAt: number;
}

const DATABASE = 'tote-transfers';
const RECORDS = 'records';
const FILES = 'files';

let database: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  database ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(RECORDS, { keyPath: 'id' });
      request.result.createObjectStore(FILES);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      database = undefined;
      reject(request.error);
    };
  });
  return database;
}

async function run<T>(store: string, mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const objectStore = (await open()).transaction(store, mode).objectStore(store);
  return new Promise((resolve, reject) => {
    const request = action(objectStore);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export const transferStore = {
  put: async (record: TransferRecord) => void (await run(RECORDS, 'readwrite', (store) => store.put(record))),
  get: (id: string) => run(RECORDS, 'readonly', (store) => store.get(id) as IDBRequest<TransferRecord | undefined>),
  all: () => run(RECORDS, 'readonly', (store) => store.getAll() as IDBRequest<TransferRecord[]>),
  remove: async (id: string) => {
    await run(RECORDS, 'readwrite', (store) => store.delete(id));
    await run(FILES, 'readwrite', (store) => store.delete(id));
  },
  /** Copies the file's bytes into the database (structured clone of a Blob). */
  putFile: async (id: string, file: Blob) => void (await run(FILES, 'readwrite', (store) => store.put(file, id))),
  getFile: (id: string) => run(FILES, 'readonly', (store) => store.get(id) as IDBRequest<Blob | undefined>),
  removeFile: async (id: string) => void (await run(FILES, 'readwrite', (store) => store.delete(id))),
};

export type TransferStore = typeof transferStore;
