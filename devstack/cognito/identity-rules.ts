/**
 * Cognito's identity semantics, on verified logins:
 *  - GetId without logins makes a new guest identity (if the pool allows guests); with logins it
 *    returns the identity linked to them, or a new authenticated one. One subject, one id.
 *  - GetCredentialsForIdentity / GetOpenIdToken with logins on a guest identity links them: the
 *    guest becomes authenticated and keeps its id. If the login already belongs to another
 *    identity, the guest is merged into that one and its id is what comes back (Cognito's
 *    identity merge). Two authenticated identities are not merged: that is refused.
 *  - An authenticated identity must present one of its logins; a login for a provider it has
 *    with a different subject is refused.
 */
import { notAuthorized, notFound } from './errors.ts';
import type { Identity, IdentityStore } from './identities.ts';
import type { PoolConfig } from './pools-config.ts';

export interface VerifiedLogin {
  loginKey: string;
  sub: string;
}

function guestsAllowed(pool: PoolConfig): void {
  if (!pool.allowGuests) throw notAuthorized('Unauthenticated access is not supported for this identity pool.');
}

export function getId(store: IdentityStore, pool: PoolConfig, logins: VerifiedLogin[]): Identity {
  if (logins.length === 0) {
    guestsAllowed(pool);
    return store.create(pool.id);
  }
  const linked = new Set(logins.map((l) => store.findByLogin(pool.id, l.loginKey, l.sub)).filter((i) => i !== undefined));
  if (linked.size > 1) throw notAuthorized('The logins belong to different identities.');
  const identity = [...linked][0] ?? store.create(pool.id);
  for (const login of logins) store.link(identity, login.loginKey, login.sub);
  return identity;
}

/** Resolves the identity a credentials request acts as; links or merges as Cognito does. */
export function authorizeIdentity(store: IdentityStore, pool: PoolConfig, identity: Identity, logins: VerifiedLogin[]): Identity {
  if (logins.length === 0) {
    if (identity.logins.size > 0) throw notAuthorized(`Access to Identity '${identity.id}' is forbidden.`);
    guestsAllowed(pool);
    return identity;
  }
  for (const login of logins) {
    const known = identity.logins.get(login.loginKey);
    if (known !== undefined && known !== login.sub)
      throw notAuthorized("Logins don't match. Please include at least one valid login for this identity or identity pool.");
  }
  const owners = new Set(logins.map((l) => store.findByLogin(pool.id, l.loginKey, l.sub)).filter((i) => i !== undefined && i !== identity));
  if (owners.size > 1) throw notAuthorized('The logins belong to different identities.');
  const owner = [...owners][0];
  if (owner) {
    if (identity.logins.size > 0) throw notAuthorized(`The login is already linked to another identity; ${identity.id} is authenticated and is not merged.`);
    store.remove(identity);
    return authorizeIdentity(store, pool, owner, logins);
  }
  for (const login of logins) store.link(identity, login.loginKey, login.sub);
  return identity;
}

export function findIdentity(store: IdentityStore, id: string): Identity {
  const identity = store.get(id);
  if (!identity) throw notFound(`Identity '${id}' not found.`);
  return identity;
}
