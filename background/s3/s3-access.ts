/**
 * What every S3 handler works with: the client and bucket for the current credentials, and the
 * two rules they all share — key templates resolve with the caller's identity id, and S3's
 * failures become Tote's codes knowing whether the caller is a guest (docs/architecture.md, S3
 * and transfers).
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { ToteError } from '../../src/messaging/errors.ts';
import { resolveKeyTemplate } from '../../src/s3/key-template.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { GUEST_USER } from '../../src/storage/databases.ts';
import type { CredentialBroker } from '../identity/credential-broker.ts';
import { clientFor } from './s3-client.ts';
import { s3Error } from './s3-errors.ts';

export interface S3Access {
  client: S3Client;
  /** The same, on the upload transport (byte-level progress where the browser can report it). */
  uploads: S3Client;
  bucket: string;
  identityId: string;
  /** False for a guest. */
  signedIn: boolean;
  /** When the credentials behind this access expire (epoch ms). */
  expiration: number;
  /** A key or prefix template (`private/${identityId}/…`) as this caller's key. */
  resolve(template: string): string;
  /** An S3 or network failure about `key` as Tote's error, worded for this caller. */
  failure(error: unknown, key?: string): ToteError;
}

export async function s3Access(settings: Settings, broker: CredentialBroker): Promise<S3Access> {
  const credentials = await broker.get();
  return accessFor({
    client: clientFor(settings, broker, credentials.user, 'requests'),
    uploads: clientFor(settings, broker, credentials.user, 'uploads'),
    bucket: settings.bucket,
    identityId: credentials.identityId,
    signedIn: credentials.user !== GUEST_USER,
    expiration: credentials.expiration,
  });
}

/** The shared rules around given clients (also how unit tests build one over a fake S3). */
export function accessFor(parts: Omit<S3Access, 'resolve' | 'failure'>): S3Access {
  return {
    ...parts,
    resolve: (template) => resolveKeyTemplate(template, parts.identityId),
    failure: (error, key) => s3Error(error, { signedIn: parts.signedIn, identityId: parts.identityId, ...(key === undefined ? {} : { key }) }),
  };
}
