/**
 * Uploads in progress, kept in the extension origin's IndexedDB: each transfer's record (key,
 * multipart upload id, finished parts) and a copy of its file. A File handed to the background
 * dies with the service worker (Chrome) or a suspended event page (Firefox); the copy does not,
 * so an interrupted upload resumes from its last finished part. Content scripts cannot read it.
 */
import { indexedDatabase } from '../../src/storage/database.ts';
import type { ErrorNote } from '../../src/messaging/errors.ts';

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
  error?: ErrorNote;
  startedAt: number;
  updatedAt: number;
}

const database = indexedDatabase('tote-transfers');
const records = () => database('records');
const files = () => database('files');

export const transferStore = {
  put: (record: TransferRecord) => records().put(record),
  get: async (id: string) => (await records().get(id)) as TransferRecord | undefined,
  all: async () => (await records().getAll()) as TransferRecord[],
  remove: async (id: string) => {
    await records().delete(id);
    await files().delete(id);
  },
  /** Copies the file's bytes into the database (structured clone of a Blob). */
  putFile: (id: string, file: Blob) => files().put(file, id),
  getFile: async (id: string) => (await files().get(id)) as Blob | undefined,
  removeFile: (id: string) => files().delete(id),
};

export type TransferStore = typeof transferStore;
