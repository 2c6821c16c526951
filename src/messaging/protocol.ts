/**
 * The protocol table: every message the background answers, with its request schema, its
 * response type and who may send it. Popup, options, content scripts and the background all
 * import this one table, so a renamed field fails the type check rather than the user.
 *
 * Invariants (tested in src/messaging/protocol.test.ts and background/handlers/table.test.ts):
 * - every entry has a strict request schema (unknown keys rejected) and a sender policy of an
 *   allowed shape; content scripts may send exactly what Tote's release content scripts need;
 * - every entry has a handler in the background.
 * Development-only messages live in dev-protocol.ts and are merged in development builds only.
 */
import * as v from 'valibot';
import type { BrowserName } from '../build-info.ts';
import { KeySchema } from '../s3/key-template.ts';
import { USER_METADATA_KEYS, isUserMetadataKey } from '../s3/user-metadata.ts';
import { SETTINGS_FIELDS, SettingsSchema, type Settings } from '../settings/schema.ts';
import type { ErrorInfo } from './errors.ts';
import { BRIDGE_MAX_PUT_BYTES } from '../page/bridge-message.ts';
import { devProtocol, type DevProtocol } from './dev-protocol.ts';
import { returns, type ProtocolEntry } from './protocol-entry.ts';

export type { ProtocolEntry, SenderPolicy } from './protocol-entry.ts';

/**
 * Replaced by the build (esbuild `define`, scripts/build.ts; vitest.config.ts for tests). Used
 * directly, not through build-info.ts: esbuild folds a literal, not another module's constant.
 */
declare const __TOTE_DEVELOPMENT__: boolean;

export interface Pong {
  pong: true;
  /** Random per background instance: changes when the service worker or event page restarts. */
  instance: string;
  /** When this background instance started (epoch ms). */
  startedAt: number;
}

export interface Status {
  version: string;
  browser: BrowserName;
  development: boolean;
  /** Whether settings hold a valid identity pool and bucket. */
  configured: boolean;
}

export interface AuthStatus {
  /**
   * `guest`: guest credentials; `signed-in`; `expired`: the signed-in session ended and could not
   * be renewed (guest credentials where the pool allows them); `signed-out`: nobody is signed in
   * and the pool allows no guests; `not-configured`: no settings yet.
   */
  state: 'guest' | 'signed-in' | 'expired' | 'signed-out' | 'not-configured';
  canSignIn: boolean;
  user?: { subject: string; email?: string; name?: string };
  identityId?: string;
  /** When the current AWS credentials expire (epoch ms); Tote renews them before. */
  credentialsExpireAt?: number;
  /** Something to tell the user about the session (expired, sign-in cancelled). */
  notice?: { code: string; message: string };
  /** Why there are no credentials right now. */
  error?: ErrorInfo;
  /** "Stay signed in on this browser" (options page): the session survives a browser restart. */
  staySignedIn: boolean;
  /** Signed in, but the provider gave no refresh token: closing the browser ends the session. */
  endsWithBrowser?: true;
}

export type SettingsView = {
  settings?: Settings;
  defaults: boolean;
  /** On `settings.set`: the new settings named another pool or provider, so the user was signed out first. */
  signedOut?: true;
};

/** One step of `diagnostics.run`, in the order run. Carries sentences only: never a token or key. */
export interface DiagnosticStep {
  id: 'idp' | 'getId' | 'guestCredentials' | 'bucket' | 'cors' | 'loginKey';
  title: string;
  status: 'ok' | 'failed' | 'skipped';
  /** What was checked and what came back. */
  message: string;
  /** For a failed step: what to change. */
  fix?: string;
  /** An endpoint origin that did not answer CORS for Tote: granting Tote access to it may help. */
  needsAccessTo?: string;
}

export interface ListResult {
  /** The prefix listed, with `${identityId}` filled in. */
  prefix: string;
  folders: string[];
  objects: Array<{ key: string; size: number; lastModified: number; etag?: string }>;
  /** Present when there is another page. */
  continuationToken?: string;
}

export interface ObjectInfo {
  key: string;
  size: number;
  lastModified: number;
  contentType?: string;
  etag?: string;
  /** Absent when S3 did not say (S3 omits it for STANDARD) or the bucket's CORS hides the header. */
  storageClass?: string;
  metadata: Record<string, string>;
}

/** The start of an object, for the viewer's text preview. */
export interface ObjectStart {
  key: string;
  contentType: string;
  /** The whole object's size. */
  size: number;
  bytes: ArrayBuffer;
  /** Whether `bytes` is only the first part of the object. */
  truncated: boolean;
}

export interface ObjectBytes {
  key: string;
  contentType: string;
  /** Carried as a real ArrayBuffer (structured-clone messaging), never as base64. */
  bytes: ArrayBuffer;
}

export interface DeleteResult {
  deleted: number;
  /** Keys S3 refused to delete (the first 100), and how many there were. */
  refused: string[];
  refusedCount: number;
}

export interface CopyResult {
  /** Objects copied or moved. */
  count: number;
  to: string;
}

export interface PresignResult {
  url: string;
  key: string;
  /** When the link stops working (epoch ms). */
  expiresAt: number;
  /** Present when the link lives shorter than asked, saying why. */
  cappedBecause?: string;
}

/** An upload owned by the background (see background/transfers/). */
export interface TransferView {
  id: string;
  key: string;
  size: number;
  bytesDone: number;
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  multipart: boolean;
  partAttempts: number;
  error?: { code: string; message: string };
  startedAt: number;
  updatedAt: number;
}

const empty = v.strictObject({});
const TransferIdSchema = v.strictObject({ id: v.pipe(v.string(), v.uuid()) });
/** A folder: a key prefix ending in "/". */
const FolderSchema = v.pipe(KeySchema, v.minLength(1), v.endsWith('/', 'must end with "/"'));
const ObjectKeySchema = v.pipe(KeySchema, v.minLength(1));
const ContentTypeSchema = v.pipe(v.string(), v.maxLength(256), v.regex(/^[\x21-\x7e]+\/[\x20-\x7e]+$/, 'must be a MIME type'));
/**
 * User metadata: only the keys the bucket's CORS exposes (src/s3/user-metadata.ts), since a browser
 * could write any other but never read it back; values plain ASCII, to survive an HTTP header.
 */
const MetadataSchema = v.record(
  v.pipe(
    v.string(),
    v.check(isUserMetadataKey, `metadata keys must be one of ${USER_METADATA_KEYS.join(', ')}: a browser cannot read other keys back from S3`),
  ),
  v.pipe(v.string(), v.maxLength(1024), v.regex(/^[\x20-\x7e]*$/, 'values must be plain ASCII text')),
);

const releaseProtocol = {
  ping: {
    request: v.strictObject({}),
    response: returns<Pong>(),
    senders: { pages: true, content: 'never' },
  },
  status: {
    request: v.strictObject({}),
    response: returns<Status>(),
    senders: { pages: true, content: 'never' },
  },
  'auth.status': {
    request: empty,
    response: returns<AuthStatus>(),
    senders: { pages: true, content: 'never' },
  },
  'auth.signIn': {
    request: empty,
    response: returns<AuthStatus>(),
    senders: { pages: true, content: 'never' },
  },
  'auth.signOut': {
    request: empty,
    response: returns<AuthStatus>(),
    senders: { pages: true, content: 'never' },
  },
  /** "Stay signed in on this browser": off removes the session kept for the next browser start at once. */
  'auth.setStaySignedIn': {
    request: v.strictObject({ on: v.boolean() }),
    response: returns<AuthStatus>(),
    senders: { pages: true, content: 'never' },
  },
  /** One page of a listing; `prefix` may contain `${identityId}`. */
  's3.list': {
    request: v.strictObject({
      prefix: KeySchema,
      delimiter: v.optional(v.literal('/')),
      pageSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
      continuationToken: v.optional(v.pipe(v.string(), v.maxLength(4096))),
    }),
    response: returns<ListResult>(),
    senders: { pages: true, content: 'never' },
  },
  's3.head': {
    request: v.strictObject({ key: ObjectKeySchema }),
    response: returns<ObjectInfo>(),
    senders: { pages: true, content: 'never' },
  },
  /** A small object's bytes (at most 4 MiB), for previews. */
  's3.get': {
    request: v.strictObject({ key: ObjectKeySchema }),
    response: returns<ObjectBytes>(),
    senders: { pages: true, content: 'never' },
  },
  /** Deletes the given keys, or a folder and everything under it. */
  's3.delete': {
    request: v.pipe(
      v.strictObject({ keys: v.optional(v.pipe(v.array(ObjectKeySchema), v.minLength(1), v.maxLength(10_000))), folder: v.optional(FolderSchema) }),
      v.check((request) => (request.keys === undefined) !== (request.folder === undefined), 'give either "keys" or "folder", not both'),
    ),
    response: returns<DeleteResult>(),
    senders: { pages: true, content: 'never' },
  },
  's3.createFolder': {
    request: v.strictObject({ folder: FolderSchema }),
    response: returns<{ folder: string }>(),
    senders: { pages: true, content: 'never' },
  },
  /** Copies an object, or a folder (both names ending in "/") with everything under it. */
  's3.copy': {
    request: v.strictObject({ from: ObjectKeySchema, to: ObjectKeySchema }),
    response: returns<CopyResult>(),
    senders: { pages: true, content: 'never' },
  },
  /** Like `s3.copy`, then deletes each source (rename, move). */
  's3.move': {
    request: v.strictObject({ from: ObjectKeySchema, to: ObjectKeySchema }),
    response: returns<CopyResult>(),
    senders: { pages: true, content: 'never' },
  },
  /**
   * Uploads one file in a single PUT. `body` is the File itself: it crosses to the background as a
   * handle (Chrome's structured-clone messaging, Firefox natively), never as base64.
   */
  's3.put': {
    request: v.strictObject({
      key: ObjectKeySchema,
      body: v.instance(Blob),
      contentType: v.optional(ContentTypeSchema),
      metadata: v.optional(MetadataSchema),
    }),
    response: returns<{ key: string; size: number; etag?: string }>(),
    senders: { pages: true, content: 'never' },
  },
  /**
   * Starts an upload the background owns: it keeps going when the page closes and resumes after
   * a background stop. Answers once the file's copy is stored.
   */
  'transfers.start': {
    request: v.strictObject({ key: ObjectKeySchema, body: v.instance(Blob) }),
    response: returns<TransferView>(),
    senders: { pages: true, content: 'never' },
  },
  'transfers.list': {
    request: empty,
    response: returns<TransferView[]>(),
    senders: { pages: true, content: 'never' },
  },
  /** Stops an upload and aborts its multipart upload, so nothing is left behind. */
  'transfers.cancel': {
    request: TransferIdSchema,
    response: returns<TransferView>(),
    senders: { pages: true, content: 'never' },
  },
  'transfers.retry': {
    request: TransferIdSchema,
    response: returns<TransferView>(),
    senders: { pages: true, content: 'never' },
  },
  /** The user has the transfer list in front of them: the toolbar badge stops showing failures so far. */
  'transfers.seen': {
    request: empty,
    response: returns<{ seen: true }>(),
    senders: { pages: true, content: 'never' },
  },
  /** Removes uploads that are done or cancelled from the list; answers the uploads left. */
  'transfers.clear': {
    request: empty,
    response: returns<TransferView[]>(),
    senders: { pages: true, content: 'never' },
  },
  /**
   * A GET link to share; its expiry is capped at the current credentials'. With `download`, the
   * link makes the browser save the file (Content-Disposition: attachment): downloads stream from
   * S3 to disk and never pass through the background's memory.
   */
  's3.presign': {
    request: v.strictObject({
      key: ObjectKeySchema,
      expiresInSeconds: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7 * 24 * 3600)),
      download: v.optional(v.boolean()),
    }),
    response: returns<PresignResult>(),
    senders: { pages: true, content: 'never' },
  },
  'settings.get': {
    request: empty,
    response: returns<SettingsView>(),
    senders: { pages: true, content: 'never' },
  },
  /** Replaces the settings file; the background validates and migrates it. */
  'settings.set': {
    request: v.strictObject({ settings: v.unknown() }),
    response: returns<SettingsView>(),
    senders: { pages: true, content: 'never' },
  },
  /** Changes some fields of the settings in force (`null` removes one) and keeps the others; checked like `settings.set`. */
  'settings.patch': {
    request: v.strictObject({ patch: v.record(v.picklist(SETTINGS_FIELDS), v.unknown()) }),
    response: returns<SettingsView>(),
    senders: { pages: true, content: 'never' },
  },
  /**
   * Test connection: runs each diagnostic step against the given (possibly unsaved) settings and
   * reports each as ok, failed (with how to fix it) or skipped. Saves nothing.
   */
  'diagnostics.run': {
    request: v.strictObject({ settings: SettingsSchema }),
    response: returns<DiagnosticStep[]>(),
    senders: { pages: true, content: 'never' },
  },
  // ── Page integration (docs/page-bridge.md): save from pages, the consented page bridge ──
  /**
   * One page bridge request (docs/page-bridge.md), from the bridge content script. The background
   * checks the sender's real origin, its scope and the user's consent; `silent` means the origin
   * is not listed and the page gets no answer at all.
   */
  'bridge.request': {
    request: v.pipe(
      v.strictObject({
        op: v.picklist(['list', 'get', 'put', 'presign']),
        key: v.optional(ObjectKeySchema),
        prefix: v.optional(ObjectKeySchema),
        continuationToken: v.optional(v.pipe(v.string(), v.maxLength(4096))),
        body: v.optional(
          v.pipe(
            v.instance(Blob),
            v.check((body) => body.size <= BRIDGE_MAX_PUT_BYTES, 'at most 16 MiB through the page bridge'),
          ),
        ),
        contentType: v.optional(ContentTypeSchema),
        expiresInSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(86_400))),
        /**
         * Whether the page had a transient user activation when it posted the request, as the
         * content script read it: a claim the background cannot check (docs/security-consent.md).
         */
        userActivation: v.boolean(),
      }),
      v.check((r) => (r.op === 'list' ? r.key === undefined : r.key !== undefined && r.prefix === undefined), '"list" takes a prefix, the others a key'),
      v.check((r) => (r.op === 'put') === (r.body !== undefined), 'a body goes with "put", and only with it'),
    ),
    response: returns<{ silent: true } | { result: unknown }>(),
    senders: { pages: false, content: 'any-origin' },
  },
  /**
   * Asked once by the bridge content script when it starts: whether its origin (as the browser
   * reports it) is listed. If not, the script stays silent even to malformed messages.
   */
  'bridge.listed': {
    request: empty,
    response: returns<{ listed: boolean }>(),
    senders: { pages: false, content: 'any-origin' },
  },
  /** The consent window's answer to the one question it shows (its id is in the window's URL). */
  'bridge.decide': {
    request: v.strictObject({ question: v.pipe(v.string(), v.maxLength(64)), allow: v.boolean() }),
    response: returns<{ answered: boolean }>(),
    senders: { pages: true, content: 'never' },
  },
  /** Remembered page bridge answers, for the options page. */
  'bridge.consents': {
    request: empty,
    response: returns<Array<{ origin: string; decision: 'allow' | 'deny'; decidedAt: number }>>(),
    senders: { pages: true, content: 'never' },
  },
  /** Forgets one origin's answer: its next request asks again. */
  'bridge.revoke': {
    request: v.strictObject({ origin: v.pipe(v.string(), v.maxLength(300)) }),
    response: returns<Array<{ origin: string; decision: 'allow' | 'deny'; decidedAt: number }>>(),
    senders: { pages: true, content: 'never' },
  },
  /** "Open in Tote" in the save notice: opens Tote in a tab at the save folder (nothing else). */
  'page.openInTote': {
    request: empty,
    response: returns<{ opened: true }>(),
    senders: { pages: true, content: 'any-origin' },
  },
  // ── File browser: viewer, info, overwrite guard ──
  /** The first `bytes` of an object (at most 1 MiB), with its whole size: the viewer's text preview. */
  's3.peek': {
    request: v.strictObject({ key: ObjectKeySchema, bytes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1024 * 1024)) }),
    response: returns<ObjectStart>(),
    senders: { pages: true, content: 'never' },
  },
  /** Replaces an object's content type and user metadata (a copy onto itself); answers its new info. */
  's3.updateInfo': {
    request: v.strictObject({ key: ObjectKeySchema, contentType: ContentTypeSchema, metadata: MetadataSchema }),
    response: returns<ObjectInfo>(),
    senders: { pages: true, content: 'never' },
  },
  /** Which of these keys (files, or folders ending in "/") already hold something, as given: the overwrite guard asks first. */
  's3.exists': {
    request: v.strictObject({ keys: v.pipe(v.array(ObjectKeySchema), v.minLength(1), v.maxLength(200)) }),
    response: returns<{ existing: string[] }>(),
    senders: { pages: true, content: 'never' },
  },
} as const satisfies Record<string, ProtocolEntry<any, any>>;

/**
 * Every message as the type checker sees it, development-only ones included (so development code
 * and tests can name them); at run time a release build's table has none of them.
 */
export type Protocol = typeof releaseProtocol & DevProtocol;
export type MessageName = keyof Protocol;
export type DevMessageName = keyof DevProtocol;
export type RequestOf<N extends MessageName> = v.InferInput<Protocol[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = v.InferOutput<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

/** Events the background broadcasts to extension pages (never to content scripts); they carry no data. */
export const EVENTS = ['auth.changed', 'settings.changed', 'transfers.changed'] as const;
export type EventName = (typeof EVENTS)[number];

/**
 * The table the background serves. The build replaces `__TOTE_DEVELOPMENT__` with a literal, so a
 * release build folds this to the release table and drops `devProtocol` unreferenced.
 */
export const protocol: typeof releaseProtocol & Partial<DevProtocol> = __TOTE_DEVELOPMENT__ ? { ...releaseProtocol, ...devProtocol() } : releaseProtocol;

/** The entry of a message this build serves; own-property lookup, so `__proto__` or `toString` are not messages. */
export function entryOf(name: string): ProtocolEntry | undefined {
  return Object.hasOwn(protocol, name) ? (protocol as Record<string, ProtocolEntry>)[name] : undefined;
}
