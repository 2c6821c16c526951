/**
 * Development-build background: the real background plus hooks that end-to-end tests call with
 * `worker.evaluate` (Chromium). Release builds use background/index.ts alone.
 */
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import '../../background/index.ts';

interface ListProbe {
  endpoint: string;
  bucket: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

/** Proves the AWS SDK's XML parsing works in a service worker (no `DOMParser` there). */
async function listObjects(probe: ListProbe) {
  const client = new S3Client({
    region: probe.region,
    endpoint: probe.endpoint,
    forcePathStyle: true,
    credentials: probe.credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const result = await client.send(new ListObjectsV2Command({ Bucket: probe.bucket }));
  return {
    hasDomParser: typeof (globalThis as { DOMParser?: unknown }).DOMParser !== 'undefined',
    keys: (result.Contents ?? []).map((object) => ({ key: object.Key, size: object.Size })),
    keyCount: result.KeyCount,
    isTruncated: result.IsTruncated,
  };
}

Object.assign(globalThis, { __toteProbe: { listObjects } });
