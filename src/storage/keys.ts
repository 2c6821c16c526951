/**
 * Every key Tote keeps in extension storage, declared once with its area and when it is wiped.
 * Secrets (tokens, AWS credentials) only ever go to `session` (memory, hidden from content
 * scripts); `local` and `sync` are readable by content scripts and hold nothing secret.
 */
export type StorageAreaName = 'local' | 'session' | 'sync';

export interface StorageKey {
  area: StorageAreaName;
  /** `sign-out`: removed when the user signs out; `never`: kept until the user changes it. */
  wipedOn: 'sign-out' | 'never';
  secret: boolean;
}

export const storageKeys = {
  /** The settings file (see src/settings/schema.ts), versioned. */
  settings: { area: 'local', wipedOn: 'never', secret: false },
} as const satisfies Record<string, StorageKey>;

export type StorageKeyName = keyof typeof storageKeys;
