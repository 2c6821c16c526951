/**
 * Where an interrupted multipart upload stands at S3, which is the truth after a stop: its parts,
 * or — once the upload is gone — whether the object under the key is the one these parts made.
 * A stop between S3 accepting CompleteMultipartUpload and Tote recording it leaves no upload to
 * list (AWS answers NoSuchUpload, RGW 403), but a whole object; a stop after an abort leaves none.
 */
import { HeadObjectCommand, ListPartsCommand } from '@aws-sdk/client-s3';
import type { S3Access } from '../s3/s3-access.ts';
import { multipartETag } from './multipart-etag.ts';
import type { PartDone, TransferRecord } from './transfer-store.ts';

export type ResumePoint =
  /** The upload is open: carry on after these parts. */
  | { kind: 'parts'; parts: PartDone[] }
  /** The upload was completed: the object is there, the record's parts made it. */
  | { kind: 'stored' }
  /** The upload is gone and the object is not this file: start again. */
  | { kind: 'gone' };

async function listParts(access: S3Access, record: TransferRecord): Promise<PartDone[]> {
  const parts: PartDone[] = [];
  let marker: string | undefined;
  do {
    const page = await access.client.send(
      new ListPartsCommand({ Bucket: access.bucket, Key: record.key, UploadId: record.uploadId, ...(marker ? { PartNumberMarker: marker } : {}) }),
    );
    for (const part of page.Parts ?? []) if (part.PartNumber && part.ETag) parts.push({ PartNumber: part.PartNumber, ETag: part.ETag });
    marker = page.IsTruncated ? page.NextPartNumberMarker : undefined;
  } while (marker);
  return parts;
}

const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/**
 * How S3 says an upload id names nothing (any more): AWS NoSuchUpload (404); RGW refuses ListParts
 * of a finished upload with AccessDenied. Other 403s (a skewed clock, a bad signature or token)
 * say nothing about the upload and are passed on, so a passing fault never throws progress away.
 */
function uploadGone(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  return name === 'NoSuchUpload' || statusOf(error) === 404 || (statusOf(error) === 403 && name === 'AccessDenied');
}

async function isThisObject(access: S3Access, record: TransferRecord): Promise<boolean> {
  const partSize = record.partSize as number;
  const expected = record.parts.length === Math.max(1, Math.ceil(record.size / partSize)) ? multipartETag(record.parts) : undefined;
  if (expected === undefined) return false;
  try {
    const head = await access.client.send(new HeadObjectCommand({ Bucket: access.bucket, Key: record.key }));
    return head.ContentLength === record.size && head.ETag === expected;
  } catch (error) {
    // A HEAD answer has no body to name the refusal: 404, or 403 where listing is not allowed, is "none".
    if (statusOf(error) === 404 || statusOf(error) === 403) return false;
    throw error;
  }
}

export async function resumePoint(access: S3Access, record: TransferRecord): Promise<ResumePoint> {
  try {
    return { kind: 'parts', parts: await listParts(access, record) };
  } catch (error) {
    if (!uploadGone(error)) throw error;
    return (await isThisObject(access, record)) ? { kind: 'stored' } : { kind: 'gone' };
  }
}
