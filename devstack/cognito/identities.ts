/**
 * The stand-in's identities. Invariant: a (pool, login key, subject) is linked to at most one
 * identity. Given a file, the store keeps itself there after every change, so a restarted
 * devstack still knows the identities whose folders hold its users' files.
 */
import { randomUUID } from 'node:crypto';
import { jsonFile } from '../state/json-file.ts';

export interface Identity {
  id: string;
  poolId: string;
  /** Login key → subject. Empty for a guest (unauthenticated) identity. */
  logins: Map<string, string>;
}

type Saved = { id: string; poolId: string; logins: [string, string][] }[];

const loginIndexKey = (poolId: string, loginKey: string, sub: string): string => JSON.stringify([poolId, loginKey, sub]);

export class IdentityStore {
  readonly #byId = new Map<string, Identity>();
  readonly #byLogin = new Map<string, string>();
  readonly #file;

  constructor(path?: string) {
    this.#file = path === undefined ? undefined : jsonFile<Saved>(path);
    for (const saved of this.#file?.read() ?? []) {
      const identity: Identity = { id: saved.id, poolId: saved.poolId, logins: new Map() };
      this.#byId.set(identity.id, identity);
      for (const [loginKey, sub] of saved.logins) this.#index(identity, loginKey, sub);
    }
  }

  #index(identity: Identity, loginKey: string, sub: string): void {
    identity.logins.set(loginKey, sub);
    this.#byLogin.set(loginIndexKey(identity.poolId, loginKey, sub), identity.id);
  }

  #save(): void {
    this.#file?.write([...this.#byId.values()].map((i) => ({ id: i.id, poolId: i.poolId, logins: [...i.logins] })));
  }

  create(poolId: string): Identity {
    const region = poolId.slice(0, poolId.indexOf(':'));
    const identity: Identity = { id: `${region}:${randomUUID()}`, poolId, logins: new Map() };
    this.#byId.set(identity.id, identity);
    this.#save();
    return identity;
  }

  get(id: string): Identity | undefined {
    return this.#byId.get(id);
  }

  findByLogin(poolId: string, loginKey: string, sub: string): Identity | undefined {
    const id = this.#byLogin.get(loginIndexKey(poolId, loginKey, sub));
    return id === undefined ? undefined : this.#byId.get(id);
  }

  link(identity: Identity, loginKey: string, sub: string): void {
    this.#index(identity, loginKey, sub);
    this.#save();
  }

  /** A guest identity merged into an authenticated one stops existing, as in Cognito. */
  remove(identity: Identity): void {
    this.#byId.delete(identity.id);
    this.#save();
  }

  get size(): number {
    return this.#byId.size;
  }
}
