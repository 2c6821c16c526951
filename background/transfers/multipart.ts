/**
 * One multipart upload, resumable: asks S3 where it stands (resume-point.ts), sends the parts it
 * lacks from the stored copy, as many at once as the link rewards (part-lanes.ts), and
 * completes. Every finished part is written to the record before its lane takes another, so a
 * stop at any moment loses at most the parts in flight.
 */
import { CompleteMultipartUploadCommand, CreateMultipartUploadCommand, UploadPartCommand } from '@aws-sdk/client-s3';
import type { S3Access } from '../s3/s3-access.ts';
import type { LiveProgress } from './live-progress.ts';
import { sendInLanes } from './part-lanes.ts';
import { resumePoint } from './resume-point.ts';
import type { PartDone, TransferRecord } from './transfer-store.ts';

export interface MultipartProgress {
  /** Called after each finished part with the record as it now is (to store and broadcast). */
  saved(record: TransferRecord): Promise<void>;
  signal: AbortSignal;
  /** Counts a part's bytes while they leave, where the transport can tell. */
  live?: LiveProgress;
}

export async function runMultipart(access: S3Access, initial: TransferRecord, file: Blob, progress: MultipartProgress): Promise<TransferRecord> {
  let record = initial;
  const partSize = record.partSize as number;
  if (record.uploadId !== undefined) {
    // Resuming: S3 is the truth. A part may have finished after the last save; the upload may
    // have been completed just before a stop (done), or be gone with no object (start again).
    const point = await resumePoint(access, record);
    if (point.kind === 'stored') return { ...record, bytesDone: record.size };
    if (point.kind === 'gone') {
      record = { ...record, parts: [], bytesDone: 0 };
      delete record.uploadId;
    } else {
      record = { ...record, parts: point.parts, bytesDone: point.parts.reduce((sum, part) => sum + partLength(part.PartNumber, partSize, record.size), 0) };
      await progress.saved(record);
    }
  }
  if (record.uploadId === undefined) {
    const created = await access.client.send(new CreateMultipartUploadCommand({ Bucket: access.bucket, Key: record.key, ContentType: record.contentType }));
    record = { ...record, uploadId: created.UploadId as string, parts: [] };
    await progress.saved(record);
  }
  const total = Math.max(1, Math.ceil(record.size / partSize));
  const done = new Set(record.parts.map((part) => part.PartNumber));
  const pending = Array.from({ length: total }, (_, index) => index + 1).filter((number) => !done.has(number));

  const sendPart = async (number: number) => {
    const start = (number - 1) * partSize;
    record = { ...record, partAttempts: record.partAttempts + 1 };
    const command = new UploadPartCommand({
      Bucket: access.bucket,
      Key: record.key,
      UploadId: record.uploadId,
      PartNumber: number,
      Body: file.slice(start, start + partSize),
      ContentLength: partLength(number, partSize, record.size),
    });
    const upload = () => access.uploads.send(command, { abortSignal: progress.signal });
    const result = progress.live ? await progress.live.sending(record.id, { uploadId: record.uploadId as string, partNumber: number }, upload) : await upload();
    record = {
      ...record,
      parts: [...record.parts, { PartNumber: number, ETag: result.ETag as string }],
      bytesDone: record.bytesDone + partLength(number, partSize, record.size),
    };
    await progress.saved(record);
  };
  await sendInLanes(pending, sendPart, {
    signal: progress.signal,
    sent: () => record.bytesDone + (progress.live?.inFlight(record.id) ?? 0),
  });
  progress.signal.throwIfAborted();
  const parts = [...record.parts].sort((a, b) => a.PartNumber - b.PartNumber);
  await access.client.send(
    new CompleteMultipartUploadCommand({ Bucket: access.bucket, Key: record.key, UploadId: record.uploadId, MultipartUpload: { Parts: parts } }),
  );
  return { ...record, parts, bytesDone: record.size };
}

function partLength(number: number, partSize: number, size: number): number {
  return Math.min(partSize, size - (number - 1) * partSize);
}
