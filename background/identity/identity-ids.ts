/**
 * Cognito identity ids per (pool, user), kept in IndexedDB so a returning user — or the guest on
 * this browser — keeps the same identity, and handed to the SDK's provider as its `cache`.
 */
import type { KeyValue } from '../storage/key-value.ts';

/** The SDK's `Storage` shape (what `fromCognitoIdentityPool({cache})` calls). */
export interface ProviderCache {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

export function identityIdKey(identityPoolId: string, user: string): string {
  return `${identityPoolId}|${user}`;
}

/**
 * A cache bound to one (pool, user), whatever key the SDK derives. It never forgets on the SDK's
 * say-so: the SDK removes the identity id after *any* failure, so a network blip — or a request
 * for settings already replaced, failing after the new one stored its id — would cost the guest
 * its identity. The broker forgets an id itself, when Cognito says it is stale
 * (credential-broker.ts).
 */
export function providerCache(store: KeyValue, identityPoolId: string, user: string): ProviderCache {
  const key = identityIdKey(identityPoolId, user);
  return {
    getItem: async () => (await store.get(key)) ?? null,
    setItem: (_sdkKey, value) => store.set(key, value),
    removeItem: async () => undefined,
  };
}
