import { describe, expect, it } from 'vitest';
import { IdentityStore } from './identities.ts';
import { authorizeIdentity, findIdentity, getId } from './identity-rules.ts';
import type { PoolConfig } from './pools-config.ts';

const pool = (allowGuests: boolean, id = 'us-east-1:11111111-1111-4111-8111-111111111111'): PoolConfig => ({
  id,
  allowGuests,
  providers: [],
  roles: { guest: 'g', authenticated: 'a' },
  sts: { endpoint: 'http://sts', clockOffsetSeconds: 0 },
});
const alice = { loginKey: 'idp', sub: 'alice' };
const bob = { loginKey: 'idp', sub: 'bob' };

describe('Cognito identity rules', () => {
  it('makes a new guest per GetId without logins, and refuses guests where the pool does not allow them', () => {
    const store = new IdentityStore();
    expect(getId(store, pool(true), []).id).not.toBe(getId(store, pool(true), []).id);
    expect(() => getId(store, pool(false), [])).toThrow(/Unauthenticated access is not supported/);
  });

  it('maps one subject to one identity per pool', () => {
    const store = new IdentityStore();
    const first = getId(store, pool(true), [alice]);
    expect(getId(store, pool(true), [alice])).toBe(first);
    expect(getId(store, pool(true, 'us-east-1:22222222-2222-4222-8222-222222222222'), [alice])).not.toBe(first);
    expect(getId(store, pool(true), [bob])).not.toBe(first);
  });

  it('links a login to a guest, which keeps its id; GetId then finds it', () => {
    const store = new IdentityStore();
    const guest = getId(store, pool(true), []);
    expect(authorizeIdentity(store, pool(true), guest, [alice])).toBe(guest);
    expect(getId(store, pool(true), [alice])).toBe(guest);
  });

  it('refuses an authenticated identity without its login, or with another subject of the same provider', () => {
    const store = new IdentityStore();
    const identity = getId(store, pool(true), [alice]);
    expect(() => authorizeIdentity(store, pool(true), identity, [])).toThrow(/forbidden/);
    expect(() => authorizeIdentity(store, pool(true), identity, [bob])).toThrow(/Logins don't match/);
  });

  it('merges a guest into the identity its login already belongs to; the guest id is gone', () => {
    const store = new IdentityStore();
    const owner = getId(store, pool(true), [alice]);
    const guest = getId(store, pool(true), []);
    expect(authorizeIdentity(store, pool(true), guest, [alice])).toBe(owner);
    expect(() => findIdentity(store, guest.id)).toThrow(/not found/);
  });

  it('does not merge two authenticated identities', () => {
    const store = new IdentityStore();
    getId(store, pool(true), [alice]);
    const elsewhere = getId(store, pool(true), [{ loginKey: 'other-idp', sub: 'alice-elsewhere' }]);
    expect(() => authorizeIdentity(store, pool(true), elsewhere, [alice])).toThrow(/already linked/);
  });
});
