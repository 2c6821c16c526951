/**
 * The S3 client as Tote configures it, against a local HTTP server that answers like a busy S3:
 * throttling answers are retried by the client itself, and a lasting one becomes "throttled".
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CredentialBroker } from '../identity/credential-broker.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { s3Access } from './s3-access.ts';
import { s3Error } from './s3-errors.ts';

const SLOW_DOWN = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>';
const EMPTY_LISTING =
  '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>tote</Name><Prefix>public/</Prefix><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>';

const broker = {
  get: async () => ({
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'secret',
    sessionToken: 'token',
    expiration: Date.now() + 3_600_000,
    identityId: 'us-east-1:guest',
    scope: 'ANONYMOUS',
  }),
} as unknown as CredentialBroker;

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server answering SlowDown to the first `busyFor` requests, then an empty listing. */
async function busyS3(busyFor: number): Promise<{ settings: Settings; requests: () => number }> {
  let requests = 0;
  server = createServer((request, response) => {
    requests++;
    request.resume();
    if (requests <= busyFor) response.writeHead(503, { 'content-type': 'application/xml' }).end(SLOW_DOWN);
    else response.writeHead(200, { 'content-type': 'application/xml' }).end(EMPTY_LISTING);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const settings: Settings = {
    version: 1,
    region: 'us-east-1',
    identityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000',
    bucket: 'tote',
    allowGuests: true,
    s3: { endpoint, forcePathStyle: true },
  };
  return { settings, requests: () => requests };
}

describe('the S3 client', () => {
  it('retries throttled requests by itself', async () => {
    const s3 = await busyS3(2);
    const access = await s3Access(s3.settings, broker);
    const listing = await access.client.send(new ListObjectsV2Command({ Bucket: 'tote', Prefix: 'public/' }));
    expect(listing.KeyCount).toBe(0);
    expect(s3.requests()).toBe(3);
  });

  it('gives up after its attempts and says S3 asks to slow down', async () => {
    const s3 = await busyS3(100);
    const access = await s3Access(s3.settings, broker);
    const failure = await access.client.send(new ListObjectsV2Command({ Bucket: 'tote', Prefix: 'public/' })).catch((error: unknown) => error);
    expect(s3.requests()).toBe(3);
    expect(s3Error(failure, { signedIn: false })).toMatchObject({ code: 'throttled', retryable: true });
  }, 20_000);
});
