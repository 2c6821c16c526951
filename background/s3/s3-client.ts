/**
 * One S3Client per (settings, user), credentials always from the broker. Checksums
 * only when required: the SDK's default CRC trailer breaks presigned PUTs and most S3-compatible
 * servers (docs/architecture.md, S3 and transfers).
 */
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import type { Settings } from '../../src/settings/schema.ts';
import type { CredentialBroker } from '../identity/credential-broker.ts';
import { uploadTransport } from './upload-transport.ts';

const clients = new Map<string, S3Client>();

/**
 * How Tote talks to the settings' S3 (docs/architecture.md, S3 and transfers): region, endpoint and path style, checksums only
 * when required, fetch as the transport (named so Node tests run the same one, which sends a File
 * or Blob body as it is). Also used by the options page's Test connection. Nothing from the HTTP
 * cache: Firefox answered a HEAD right after a change with the cached old headers (an object's
 * Last-Modified makes its answer heuristically fresh).
 */
export function s3ClientConfig(
  settings: Settings,
  requestHandler: S3ClientConfig['requestHandler'] = new FetchHttpHandler({ cache: 'no-store' }),
): S3ClientConfig {
  return {
    region: settings.region,
    ...(settings.s3 ? { endpoint: settings.s3.endpoint, forcePathStyle: settings.s3.forcePathStyle } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler,
  };
}

/** The client for these settings and this user (`GUEST_USER` or a signed-in user's key), made once. */
export function clientFor(settings: Settings, broker: CredentialBroker, user: string, purpose: 'requests' | 'uploads'): S3Client {
  const key = JSON.stringify([settings.region, settings.s3?.endpoint, settings.s3?.forcePathStyle, user, purpose]);
  let client = clients.get(key);
  if (client === undefined) {
    client = new S3Client({
      ...s3ClientConfig(settings, purpose === 'uploads' ? uploadTransport() : undefined),
      // Every request asks the broker: it answers from storage.session, and refreshes when due
      // (so a long upload carries on with renewed credentials).
      credentials: async () => {
        const current = await broker.get();
        return {
          accessKeyId: current.accessKeyId,
          secretAccessKey: current.secretAccessKey,
          sessionToken: current.sessionToken,
          expiration: new Date(current.expiration),
        };
      },
    });
    clients.set(key, client);
  }
  return client;
}
