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
  /** The signed-in session: id_token, refresh token, subject, login key. */
  auth: { area: 'session', wipedOn: 'sign-out', secret: true },
  /** The current AWS credentials (guest or signed-in) with their expiration. */
  credentials: { area: 'session', wipedOn: 'sign-out', secret: true },
  /** Set by sign-out: the next sign-in asks the provider to prompt for the password (OIDC `prompt=login`). */
  promptLogin: { area: 'local', wipedOn: 'never', secret: false },
  /** The last thing the user should be told about their session (expired, sign-in cancelled). */
  authNotice: { area: 'session', wipedOn: 'never', secret: false },
} as const satisfies Record<string, StorageKey>;

export type StorageKeyName = keyof typeof storageKeys;
