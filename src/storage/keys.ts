/**
 * Everything Tote keeps, declared once: each record's area, schema and when it is wiped (the
 * IndexedDB stores are declared in databases.ts). They are read and written only through
 * records.ts and database.ts — by the background, and by the popup for the listing cache alone
 * (popup/kept-listing.ts) — a convention test, test/conventions/storage-registry.test.ts, fails
 * on any other storage call.
 *
 * Where things live (docs/security.md): content scripts can read *and write* `storage.local` and
 * `storage.sync`, so nothing Tote trusts lives there. `session` is `storage.session` (memory only,
 * trusted contexts only: the background sets that access level at start); `database` is the
 * extension origin's IndexedDB (survives restarts; no content script or web page can open it).
 */
import * as v from 'valibot';
import { SettingsSchema } from '../settings/schema.ts';
import { CredentialsSchema, NoticeSchema, SealedSchema, SealingKeySchema, SignedInSchema } from './identity-records.ts';
import type { WipedOn } from './databases.ts';
import { isKeptViewer, type KeptViewer } from './kept-listing.ts';

export type RecordArea = 'session' | 'database';

export interface StorageKey<T = unknown> {
  area: RecordArea;
  schema: v.GenericSchema<unknown, T>;
  wipedOn: WipedOn;
  /** Holds a token or an AWS key readable as such: only ever in `session` (ciphertext is not). */
  secret: boolean;
}

export const storageKeys = {
  /** The settings file (src/settings/schema.ts), validated and migrated before it is written. */
  settings: { area: 'database', schema: SettingsSchema, wipedOn: 'never', secret: false },
  /** Set by sign-out: the next sign-in asks the provider to prompt for the password (OIDC `prompt=login`). */
  promptLogin: { area: 'database', schema: v.literal(true), wipedOn: 'never', secret: false },
  /** Set once settings and flags kept in `storage.local` by older Totes were moved here; that area is never read again. */
  legacyLocalMigrated: { area: 'database', schema: v.literal(true), wipedOn: 'never', secret: false },
  /** The signed-in session: tokens, subject, and where the session came from (its binding). */
  auth: { area: 'session', schema: SignedInSchema, wipedOn: 'sign-out', secret: true },
  /**
   * The signed-in session kept across browser restarts ("Stay signed in on this browser"): only
   * ciphertext, sealed with `sessionKey` (background/storage/sealed-record.ts). `auth` stays the
   * working copy; this one restores it when the browser starts again.
   */
  keptSession: { area: 'database', schema: SealedSchema, wipedOn: 'sign-out', secret: false },
  /** The non-extractable AES-GCM key of `keptSession`; a new one after each sign-out or opt-out. */
  sessionKey: { area: 'database', schema: SealingKeySchema, wipedOn: 'sign-out', secret: false },
  /** "Stay signed in on this browser" (options page): this browser's choice, not the settings file's. Absent: on. */
  staySignedIn: { area: 'database', schema: v.boolean(), wipedOn: 'never', secret: false },
  /** The current AWS credentials (guest or signed-in) with their expiration. */
  credentials: { area: 'session', schema: CredentialsSchema, wipedOn: 'sign-out', secret: true },
  /** The last thing the user should be told about their session (expired, sign-in cancelled). */
  authNotice: { area: 'session', schema: NoticeSchema, wipedOn: 'sign-out', secret: false },
  /**
   * Whose kept listings the popup may show (src/storage/kept-listing.ts): named when the background
   * keeps a page, removed before the user or the settings change. In memory only, so a browser
   * restart (perhaps signed out, "Stay signed in" off) shows nothing kept until the next listing.
   */
  listingViewer: { area: 'session', schema: v.custom<KeptViewer>(isKeptViewer), wipedOn: 'sign-out', secret: false },
  /** When the user last had the transfer list open (epoch ms): failures before it no longer show "!" on the toolbar badge. */
  failuresSeenAt: { area: 'session', schema: v.number(), wipedOn: 'sign-out', secret: false },
} as const satisfies Record<string, StorageKey<any>>;

export type StorageKeyName = keyof typeof storageKeys;
export type StoredValueOf<K extends StorageKeyName> = v.InferOutput<(typeof storageKeys)[K]['schema']>;
