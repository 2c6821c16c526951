/**
 * Every IndexedDB database and object store Tote opens, declared once, with when each store is
 * wiped: apart from the records (keys.ts), so a page that reads a store (popup/kept-listing.ts)
 * loads no record schemas. Opened only through database.ts.
 */
/** `sign-out`: removed when the user signs out (background/storage/wipe.ts); `never`: kept until changed. */
export type WipedOn = 'sign-out' | 'never';

export interface StoreDeclaration {
  /** IndexedDB `keyPath`; absent: out-of-line keys. */
  keyPath?: string;
  wipedOn: WipedOn;
  /** For `sign-out` stores: entries that stay (the guest's own identity id). */
  keepOnSignOut?(key: string): boolean;
}

/** The user name of the guest: whose credentials (`StoredCredentials.user`) and in the keys of `tote-identity-ids`. */
export const GUEST_USER = 'ANONYMOUS';

/** Every IndexedDB database and object store Tote opens; a store not listed here cannot be opened. */
export const databases = {
  'tote-state': { version: 1, stores: { records: { wipedOn: 'never' } } },
  /** Cognito identity ids per `<pool>|<user>`; the guest's (`<pool>|ANONYMOUS`) outlives a sign-out. */
  'tote-identity-ids': { version: 1, stores: { entries: { wipedOn: 'sign-out', keepOnSignOut: (key) => key.endsWith(`|${GUEST_USER}`) } } },
  /** The user's answers to "Allow <origin> to use Tote?" (background/bridge/consent-store.ts). */
  'tote-bridge-consents': { version: 1, stores: { entries: { wipedOn: 'never' } } },
  /** Uploads and the copies of their files (background/transfers/transfer-store.ts): the signed-in user's. */
  'tote-transfers': { version: 1, stores: { records: { keyPath: 'id', wipedOn: 'sign-out' }, files: { wipedOn: 'sign-out' } } },
  /** The first page of the folders last listed, per identity and bucket (src/storage/kept-listing.ts); the popup reads it directly. */
  'tote-listings': { version: 1, stores: { pages: { keyPath: 'key', wipedOn: 'sign-out' } } },
} as const satisfies Record<string, { version: number; stores: Record<string, StoreDeclaration> }>;

export type DatabaseName = keyof typeof databases;
export type StoreName<D extends DatabaseName> = keyof (typeof databases)[D]['stores'] & string;
