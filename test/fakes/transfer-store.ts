/** In-memory transfer store with the interface of background/transfers/transfer-store.ts, for unit tests. */
import type { TransferRecord, TransferStore } from '../../background/transfers/transfer-store.ts';

export function memoryTransferStore(): TransferStore {
  const records = new Map<string, TransferRecord>();
  const files = new Map<string, Blob>();
  return {
    put: async (record) => void records.set(record.id, structuredClone(record)),
    get: async (id) => structuredClone(records.get(id)),
    all: async () => [...records.values()].map((record) => structuredClone(record)),
    remove: async (id) => {
      records.delete(id);
      files.delete(id);
    },
    putFile: async (id, file) => void files.set(id, file),
    getFile: async (id) => files.get(id),
    removeFile: async (id) => void files.delete(id),
  };
}
