/** What the background answers, message by message (the protocol table, protocol.ts, names which). */
import type { BrowserName } from '../build-info.ts';
import type { Settings } from '../settings/schema.ts';
import type { ErrorInfo, ErrorNote } from './errors.ts';

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
  notice?: ErrorNote;
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

/** One version of an object in a versioned bucket, newest first in `s3.versions`. */
export interface ObjectVersion {
  versionId: string;
  /** 0 for a delete marker. */
  size: number;
  lastModified: number;
  /** The version the key shows now (a delete marker here means the file is deleted). */
  latest: boolean;
  /** A delete marker: the record of a delete, with no bytes. */
  deleteMarker: boolean;
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
  error?: ErrorNote;
  startedAt: number;
  updatedAt: number;
}

/** A remembered page bridge answer, as the options page lists it. */
export interface ConsentView {
  origin: string;
  decision: 'allow' | 'deny';
  decidedAt: number;
}
