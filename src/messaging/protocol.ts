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
import { t } from '../i18n/t.ts';
import * as v from 'valibot';
import { BRIDGE_MAX_PUT_BYTES } from '../page/bridge-message.ts';
import { SETTINGS_FIELDS, SettingsSchema } from '../settings/schema.ts';
import { type DevProtocol, devProtocol } from './dev-protocol.ts';
import { defineMessage, type ProtocolEntry } from './protocol-entry.ts';
import type {
  AuthStatus,
  ConsentView,
  CopyResult,
  DeleteResult,
  DiagnosticStep,
  ListResult,
  ObjectBytes,
  ObjectInfo,
  ObjectStart,
  ObjectVersion,
  Pong,
  PresignResult,
  SettingsView,
  Status,
  TransferView,
} from './responses.ts';
import {
  ContentTypeSchema,
  ContinuationTokenSchema,
  empty,
  FileKeySchema,
  FolderSchema,
  KeySchema,
  keysOrFolder,
  MetadataSchema,
  ObjectKeySchema,
  TransferIdSchema,
  VersionIdSchema,
} from './schemas.ts';

export type { ProtocolEntry, SenderPolicy } from './protocol-entry.ts';
export type * from './responses.ts';

/**
 * Replaced by the build (esbuild `define`, scripts/build.ts; vitest.config.ts for tests). Used
 * directly, not through build-info.ts: esbuild folds a literal, not another module's constant.
 */
declare const __TOTE_DEVELOPMENT__: boolean;

const releaseProtocol = {
  ping: defineMessage<Pong>()(empty),
  status: defineMessage<Status>()(empty),
  'auth.status': defineMessage<AuthStatus>()(empty),
  'auth.signIn': defineMessage<AuthStatus>()(empty),
  'auth.signOut': defineMessage<AuthStatus>()(empty),
  /** "Stay signed in on this browser": off removes the session kept for the next browser start at once. */
  'auth.setStaySignedIn': defineMessage<AuthStatus>()(v.strictObject({ on: v.boolean() })),
  /** One page of a listing; `prefix` may contain `${identityId}`. */
  's3.list': defineMessage<ListResult>()(
    v.strictObject({
      prefix: KeySchema,
      delimiter: v.optional(v.literal('/')),
      pageSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
      continuationToken: v.optional(ContinuationTokenSchema),
    }),
  ),
  's3.head': defineMessage<ObjectInfo>()(v.strictObject({ key: ObjectKeySchema })),
  /** A small object's bytes (at most 4 MiB), for previews. */
  's3.get': defineMessage<ObjectBytes>()(v.strictObject({ key: ObjectKeySchema })),
  /** Deletes the given keys, or a folder and everything under it. */
  's3.delete': defineMessage<DeleteResult>()(keysOrFolder({})),
  's3.createFolder': defineMessage<{ folder: string }>()(v.strictObject({ folder: FolderSchema })),
  /** Copies an object, or a folder (both names ending in "/") with everything under it. */
  's3.copy': defineMessage<CopyResult>()(v.strictObject({ from: ObjectKeySchema, to: ObjectKeySchema })),
  /** Like `s3.copy`, then deletes each source (rename, move). */
  's3.move': defineMessage<CopyResult>()(v.strictObject({ from: ObjectKeySchema, to: ObjectKeySchema })),
  /**
   * Uploads one file in a single PUT. `body` is the File itself: it crosses to the background as a
   * handle (Chrome's structured-clone messaging, Firefox natively), never as base64.
   */
  's3.put': defineMessage<{ key: string; size: number; etag?: string }>()(
    v.strictObject({
      key: ObjectKeySchema,
      body: v.instance(Blob),
      contentType: v.optional(ContentTypeSchema),
      metadata: v.optional(MetadataSchema),
    }),
  ),
  /**
   * Starts an upload the background owns: it keeps going when the page closes and resumes after
   * a background stop. Answers once the file's copy is stored.
   */
  'transfers.start': defineMessage<TransferView>()(v.strictObject({ key: ObjectKeySchema, body: v.instance(Blob) })),
  'transfers.list': defineMessage<TransferView[]>()(empty),
  /** Stops an upload and aborts its multipart upload, so nothing is left behind. */
  'transfers.cancel': defineMessage<TransferView>()(TransferIdSchema),
  'transfers.retry': defineMessage<TransferView>()(TransferIdSchema),
  /** The user has the transfer list in front of them: the toolbar badge stops showing failures so far. */
  'transfers.seen': defineMessage<{ seen: true }>()(empty),
  /** Removes uploads that are done or cancelled from the list; answers the uploads left. */
  'transfers.clear': defineMessage<TransferView[]>()(empty),
  /**
   * A GET link to share; its expiry is capped at the current credentials'. With `download`, the
   * link makes the browser save the file (Content-Disposition: attachment): downloads stream from
   * S3 to disk and never pass through the background's memory.
   */
  's3.presign': defineMessage<PresignResult>()(
    v.strictObject({
      key: ObjectKeySchema,
      expiresInSeconds: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7 * 24 * 3600)),
      download: v.optional(v.boolean()),
      /** An earlier version of the object (versioned buckets); the latest when absent. */
      versionId: v.optional(VersionIdSchema),
    }),
  ),
  'settings.get': defineMessage<SettingsView>()(empty),
  /** Replaces the settings file; the background validates and migrates it. */
  'settings.set': defineMessage<SettingsView>()(v.strictObject({ settings: v.unknown() })),
  /** Changes some fields of the settings in force (`null` removes one) and keeps the others; checked like `settings.set`. */
  'settings.patch': defineMessage<SettingsView>()(v.strictObject({ patch: v.record(v.picklist(SETTINGS_FIELDS), v.unknown()) })),
  /**
   * Test connection: runs each diagnostic step against the given (possibly unsaved) settings and
   * reports each as ok, failed (with how to fix it) or skipped. Saves nothing.
   */
  'diagnostics.run': defineMessage<DiagnosticStep[]>()(v.strictObject({ settings: SettingsSchema })),
  // ── Page integration (docs/page-bridge.md): save from pages, the consented page bridge ──
  /**
   * One page bridge request (docs/page-bridge.md), from the bridge content script. The background
   * checks the sender's real origin, its scope and the user's consent; `silent` means the origin
   * is not listed and the page gets no answer at all.
   */
  'bridge.request': defineMessage<{ silent: true } | { result: unknown }>()(
    v.pipe(
      v.strictObject({
        op: v.picklist(['list', 'get', 'put', 'presign']),
        key: v.optional(ObjectKeySchema),
        prefix: v.optional(ObjectKeySchema),
        continuationToken: v.optional(ContinuationTokenSchema),
        body: v.optional(
          v.pipe(
            v.instance(Blob),
            v.check(
              (body) => body.size <= BRIDGE_MAX_PUT_BYTES,
              () => t('errorSchemaBridgeBodySize'),
            ),
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
      v.check(
        (r) => (r.op === 'list' ? r.key === undefined : r.key !== undefined && r.prefix === undefined),
        () => t('errorSchemaBridgeKeyOrPrefix'),
      ),
      v.check(
        (r) => (r.op === 'put') === (r.body !== undefined),
        () => t('errorSchemaBridgeBody'),
      ),
    ),
    { pages: false, content: 'any-origin' },
  ),
  /**
   * Asked once by the bridge content script when it starts: whether its origin (as the browser
   * reports it) is listed. If not, the script stays silent even to malformed messages.
   */
  'bridge.listed': defineMessage<{ listed: boolean }>()(empty, { pages: false, content: 'any-origin' }),
  /** The consent window's answer to the one question it shows (its id is in the window's URL). */
  'bridge.decide': defineMessage<{ answered: boolean }>()(v.strictObject({ question: v.pipe(v.string(), v.maxLength(64)), allow: v.boolean() })),
  /** Remembered page bridge answers, for the options page. */
  'bridge.consents': defineMessage<ConsentView[]>()(empty),
  /** Forgets one origin's answer: its next request asks again. */
  'bridge.revoke': defineMessage<ConsentView[]>()(v.strictObject({ origin: v.pipe(v.string(), v.maxLength(300)) })),
  /** "Open in Tote" in the save notice: opens Tote in a tab at the save folder (nothing else). */
  'page.openInTote': defineMessage<{ opened: true }>()(empty, { pages: true, content: 'any-origin' }),
  // ── File browser: viewer, info, overwrite guard ──
  /** The first `bytes` of an object (at most 1 MiB), with its whole size: the viewer's text preview. */
  's3.peek': defineMessage<ObjectStart>()(
    v.strictObject({ key: ObjectKeySchema, bytes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1024 * 1024)) }),
  ),
  /** Replaces an object's content type and user metadata (a copy onto itself); answers its new info. */
  's3.updateInfo': defineMessage<ObjectInfo>()(v.strictObject({ key: ObjectKeySchema, contentType: ContentTypeSchema, metadata: MetadataSchema })),
  /** Which of these keys (files, or folders ending in "/") already hold something, as given: the overwrite guard asks first. */
  's3.exists': defineMessage<{ existing: string[] }>()(v.strictObject({ keys: v.pipe(v.array(ObjectKeySchema), v.minLength(1), v.maxLength(200)) })),
  // ── Versions (versioned buckets, docs/architecture.md, S3 and transfers) ──
  /** Whether the bucket keeps versions (GetBucketVersioning says Enabled): only then can a delete be undone. */
  's3.versioning': defineMessage<{ enabled: boolean }>()(empty),
  /** A file's versions, newest first (at most 1,000), delete markers included. */
  's3.versions': defineMessage<{ key: string; versions: ObjectVersion[]; truncated: boolean }>()(v.strictObject({ key: FileKeySchema })),
  /** Makes an earlier version the latest again, by copying it onto the key; the versions in between stay. */
  's3.restoreVersion': defineMessage<{ key: string; versionId?: string }>()(v.strictObject({ key: FileKeySchema, versionId: VersionIdSchema })),
  /**
   * Undo of a delete in a versioned bucket: removes the delete markers that are the latest version
   * of the given keys, or of keys under a folder, made at `since` or later, so what was there
   * before shows again. A key written again since is left alone.
   */
  's3.undoDelete': defineMessage<{ restored: number }>()(keysOrFolder({ since: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
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
