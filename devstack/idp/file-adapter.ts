/**
 * oidc-provider's storage (sessions, grants, refresh tokens, interactions…) in one JSON file, so
 * a restarted devstack still knows its users' sign-ins. oidc-provider calls an adapter per model
 * name; every model here shares the file, keyed by name and id. Expired entries are dropped on
 * read. Development only: one process, a few users.
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';
import { jsonFile } from '../state/json-file.ts';

interface Entry {
  payload: AdapterPayload;
  expiresAt?: number;
}
type Store = Record<string, Entry>;

export function fileAdapter(path: string): new (name: string) => Adapter {
  const file = jsonFile<Store>(path);
  const store: Store = file.read() ?? {};
  const save = (): void => file.write(store);
  const live = (key: string): Entry | undefined => {
    const entry = store[key];
    if (entry?.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      delete store[key];
      return undefined;
    }
    return entry;
  };
  const findWhere = (name: string, test: (payload: AdapterPayload) => boolean): AdapterPayload | undefined => {
    const key = Object.keys(store).find((k) => k.startsWith(`${name}:`) && test(store[k]!.payload));
    return key === undefined ? undefined : live(key)?.payload;
  };

  return class FileAdapter implements Adapter {
    readonly #name: string;
    constructor(name: string) {
      this.#name = name;
    }
    #key(id: string): string {
      return `${this.#name}:${id}`;
    }
    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      store[this.#key(id)] = { payload, ...(expiresIn ? { expiresAt: Date.now() + expiresIn * 1000 } : {}) };
      save();
    }
    async find(id: string): Promise<AdapterPayload | undefined> {
      return live(this.#key(id))?.payload;
    }
    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return findWhere(this.#name, (p) => p.userCode === userCode);
    }
    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return findWhere(this.#name, (p) => p.uid === uid);
    }
    async consume(id: string): Promise<void> {
      const entry = live(this.#key(id));
      if (!entry) return;
      entry.payload.consumed = Math.floor(Date.now() / 1000);
      save();
    }
    async destroy(id: string): Promise<void> {
      delete store[this.#key(id)];
      save();
    }
    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of Object.keys(store)) if (store[key]!.payload.grantId === grantId) delete store[key];
      save();
    }
  };
}
