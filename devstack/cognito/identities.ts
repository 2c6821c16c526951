/**
 * The stand-in's identities, in memory: the stack is fresh on every start (RGW keeps its data in
 * RAM too), so there is nothing to persist. Invariant: a (pool, login key, subject) is linked to
 * at most one identity.
 */
import { randomUUID } from 'node:crypto';

export interface Identity {
  id: string;
  poolId: string;
  /** Login key → subject. Empty for a guest (unauthenticated) identity. */
  logins: Map<string, string>;
}

const loginIndexKey = (poolId: string, loginKey: string, sub: string): string => JSON.stringify([poolId, loginKey, sub]);

export class IdentityStore {
  readonly #byId = new Map<string, Identity>();
  readonly #byLogin = new Map<string, string>();

  create(poolId: string): Identity {
    const region = poolId.slice(0, poolId.indexOf(':'));
    const identity: Identity = { id: `${region}:${randomUUID()}`, poolId, logins: new Map() };
    this.#byId.set(identity.id, identity);
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
    identity.logins.set(loginKey, sub);
    this.#byLogin.set(loginIndexKey(identity.poolId, loginKey, sub), identity.id);
  }

  /** A guest identity merged into an authenticated one stops existing, as in Cognito. */
  remove(identity: Identity): void {
    this.#byId.delete(identity.id);
  }

  get size(): number {
    return this.#byId.size;
  }
}
