/**
 * Sign-out's wipe, walking the registry (src/storage/keys.ts): every record and every IndexedDB
 * entry declared `sign-out` is removed, except the entries a store keeps (the guest's identity
 * id). Adding a key to the registry is all it takes for sign-out to remove it.
 */
import { databases, type DatabaseName, type StoreDeclaration } from '../../src/storage/databases.ts';
import { storageKeys, type StorageKeyName } from '../../src/storage/keys.ts';
import type { RecordAccess, StorageBackends } from '../../src/storage/records.ts';

export async function wipeOnSignOut(record: RecordAccess, backends: Pick<StorageBackends, 'database'>): Promise<void> {
  for (const key of Object.keys(storageKeys) as StorageKeyName[]) {
    if (storageKeys[key].wipedOn === 'sign-out') await record(key).remove();
  }
  for (const name of Object.keys(databases) as DatabaseName[]) {
    const stores: Record<string, StoreDeclaration> = databases[name].stores;
    for (const [storeName, declaration] of Object.entries(stores)) {
      if (declaration.wipedOn !== 'sign-out') continue;
      const store = backends.database(name)(storeName);
      if (declaration.keepOnSignOut === undefined) {
        await store.clear();
        continue;
      }
      for (const key of await store.keys()) if (!declaration.keepOnSignOut(key)) await store.delete(key);
    }
  }
}
