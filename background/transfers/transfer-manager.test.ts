import { describe, expect, it, vi } from 'vitest';
import { fakeS3, s3Failure, type FakeS3 } from '../../test/fakes/s3.ts';
import { memoryTransferStore } from '../../test/fakes/transfer-store.ts';
import { createTransferManager } from './transfer-manager.ts';
import type { PartDone, TransferRecord, TransferStore } from './transfer-store.ts';

const ME = 'us-east-1:me';
const KEY = `private/${ME}/big.bin`;
/** 13 bytes in parts of 5: three parts, the last one short. */
const BYTES = new TextEncoder().encode('abcdefghijklm');
const FILE = new Blob([BYTES]);
const PART_SIZE = 5;

function manager(s3: FakeS3, store: TransferStore) {
  return createTransferManager({ s3: { access: async () => s3.access }, store, changed: () => undefined, now: Date.now });
}

/** An upload a stop interrupted: running, with these parts recorded. */
async function interrupted(store: TransferStore, uploadId: string | undefined, parts: PartDone[]): Promise<TransferRecord> {
  const record: TransferRecord = {
    id: 't1',
    key: KEY,
    size: BYTES.length,
    contentType: 'application/octet-stream',
    state: 'running',
    bytesDone: parts.length * PART_SIZE,
    ...(uploadId ? { uploadId } : {}),
    partSize: PART_SIZE,
    parts,
    partAttempts: parts.length,
    startedAt: 1,
    updatedAt: 1,
  };
  await store.put(record);
  await store.putFile(record.id, FILE);
  return record;
}

/** Sends parts of FILE straight to the fake S3 (as a worker did before it stopped); returns what the record would hold. */
async function sendParts(s3: FakeS3, uploadId: string, numbers: number[]): Promise<PartDone[]> {
  const { UploadPartCommand } = await import('@aws-sdk/client-s3');
  const parts: PartDone[] = [];
  for (const number of numbers) {
    const body = FILE.slice((number - 1) * PART_SIZE, number * PART_SIZE);
    const reply = await s3.access.client.send(new UploadPartCommand({ Bucket: 'bucket', Key: KEY, UploadId: uploadId, PartNumber: number, Body: body }));
    parts.push({ PartNumber: number, ETag: reply.ETag as string });
  }
  return parts;
}

async function openUpload(s3: FakeS3): Promise<string> {
  const { CreateMultipartUploadCommand } = await import('@aws-sdk/client-s3');
  return (await s3.access.client.send(new CreateMultipartUploadCommand({ Bucket: 'bucket', Key: KEY }))).UploadId as string;
}

async function complete(s3: FakeS3, uploadId: string, parts: PartDone[]): Promise<void> {
  const { CompleteMultipartUploadCommand } = await import('@aws-sdk/client-s3');
  await s3.access.client.send(new CompleteMultipartUploadCommand({ Bucket: 'bucket', Key: KEY, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
}

/** The record once it is done or failed (or once it is `state`). */
async function settled(store: TransferStore, state?: TransferRecord['state']): Promise<TransferRecord> {
  return vi.waitFor(async () => {
    const record = await store.get('t1');
    const finished = state ? record?.state === state : record?.state === 'done' || record?.state === 'failed';
    if (!finished || record === undefined) throw new Error(`still ${record?.state}`);
    return record;
  });
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('resuming an interrupted multipart upload', () => {
  describe.each(['rgw', 'aws'] as const)('when S3 completed it just before the stop (%s)', (flavour) => {
    it('finds the object whole and finishes as done, sending nothing again', async () => {
      const s3 = fakeS3(flavour, ME);
      const store = memoryTransferStore();
      const uploadId = await openUpload(s3);
      const parts = await sendParts(s3, uploadId, [1, 2, 3]);
      await interrupted(store, uploadId, parts);
      await complete(s3, uploadId, parts); // S3 accepted it; the worker stopped before recording it
      s3.calls.length = 0;

      await manager(s3, store).resumeInterrupted();
      const record = await settled(store);

      expect(record).toMatchObject({ state: 'done', bytesDone: BYTES.length, partAttempts: 3 });
      expect(record.error).toBeUndefined();
      expect(s3.calls).toEqual(['ListParts', 'HeadObject']);
      expect(await store.getFile('t1')).toBeUndefined();
    });
  });

  it('starts over cleanly when the upload is gone and no object is there (aborted elsewhere)', async () => {
    const s3 = fakeS3('rgw', ME);
    const store = memoryTransferStore();
    const uploadId = await openUpload(s3);
    const parts = await sendParts(s3, uploadId, [1, 2]);
    await interrupted(store, uploadId, parts);
    s3.uploads.delete(uploadId); // e.g. the bucket's lifecycle rule aborted it
    s3.calls.length = 0;

    await manager(s3, store).resumeInterrupted();
    const record = await settled(store);

    expect(record.state).toBe('done');
    expect(record.uploadId).not.toBe(uploadId);
    expect(s3.calls).toEqual(['ListParts', 'CreateMultipartUpload', 'UploadPart', 'UploadPart', 'UploadPart', 'CompleteMultipartUpload']);
    expect(text(s3.objects.get(KEY)?.body)).toBe(text(BYTES));
    expect(s3.uploads.size).toBe(0);
  });

  it('starts over when the object under the key is another one of the same size (the upload is gone)', async () => {
    const s3 = fakeS3('aws', ME);
    const store = memoryTransferStore();
    const uploadId = await openUpload(s3);
    const parts = await sendParts(s3, uploadId, [1, 2, 3]);
    await interrupted(store, uploadId, parts);
    s3.uploads.delete(uploadId);
    // An older file of the same size, uploaded in three parts too: its ETag differs.
    const older = new TextEncoder().encode('ABCDEFGHIJKLM');
    s3.objects.set(KEY, { body: older, etag: '"0123456789abcdef0123456789abcdef-3"' });
    s3.calls.length = 0;

    await manager(s3, store).resumeInterrupted();
    await settled(store);

    expect(s3.calls.slice(0, 3)).toEqual(['ListParts', 'HeadObject', 'CreateMultipartUpload']);
    expect(text(s3.objects.get(KEY)?.body)).toBe(text(BYTES));
  });

  it('sends only the parts S3 lacks, counting a part that finished after the last save', async () => {
    const s3 = fakeS3('rgw', ME);
    const store = memoryTransferStore();
    const uploadId = await openUpload(s3);
    const parts = await sendParts(s3, uploadId, [1, 2]);
    await interrupted(store, uploadId, parts.slice(0, 1)); // part 2 reached S3, the record did not
    s3.calls.length = 0;

    await manager(s3, store).resumeInterrupted();
    const record = await settled(store);

    expect(s3.calls).toEqual(['ListParts', 'UploadPart', 'CompleteMultipartUpload']);
    expect(record).toMatchObject({ state: 'done', uploadId, partAttempts: 2 });
    expect(text(s3.objects.get(KEY)?.body)).toBe(text(BYTES));
  });

  it('fails on a passing fault without forgetting the parts, and Retry resumes from the parts S3 has', async () => {
    const s3 = fakeS3('rgw', ME);
    const store = memoryTransferStore();
    const uploadId = await openUpload(s3);
    const parts = await sendParts(s3, uploadId, [1, 2]);
    await interrupted(store, uploadId, parts);
    // A 403 that is not about the upload: the clock is off.
    s3.failNext('ListParts', s3Failure('RequestTimeTooSkewed', 403));
    const transfers = manager(s3, store);

    await transfers.resumeInterrupted();
    const failed = await settled(store);
    expect(failed).toMatchObject({ state: 'failed', uploadId, error: { code: 'clock_skew' } });
    expect(failed.parts).toHaveLength(2);

    s3.calls.length = 0;
    await transfers.retry('t1');
    const done = await settled(store, 'done');
    expect(done.uploadId).toBe(uploadId);
    expect(done.error).toBeUndefined();
    expect(s3.calls).toEqual(['ListParts', 'UploadPart', 'CompleteMultipartUpload']);
  });

  it("does not blame access for a refusal inside the user's own folder", async () => {
    const s3 = fakeS3('rgw', ME);
    const store = memoryTransferStore();
    await interrupted(store, undefined, []);
    s3.failNext('CreateMultipartUpload', s3Failure('AccessDenied', 403));

    await manager(s3, store).resumeInterrupted();
    const failed = await settled(store);

    expect(failed.error?.code).toBe('access_denied');
    expect(failed.error?.message).not.toMatch(/do not have access/);
    expect(failed.error?.message).toMatch(/in your own folder/);
  });
});

describe('telling that an upload ended (notifications)', () => {
  it('tells once when an upload is done and once when one fails, never while it runs', async () => {
    const s3 = fakeS3('rgw', ME);
    const store = memoryTransferStore();
    const told: Array<{ state: string; error?: string }> = [];
    const settledWith = (record: TransferRecord) => told.push({ state: record.state, ...(record.error ? { error: record.error.code } : {}) });
    const uploads = createTransferManager({ s3: { access: async () => s3.access }, store, changed: () => undefined, now: Date.now, settled: settledWith });

    await interrupted(store, undefined, []);
    await uploads.resumeInterrupted();
    await settled(store, 'done');
    await store.remove('t1');
    await interrupted(store, undefined, []);
    s3.failNext('CreateMultipartUpload', s3Failure('AccessDenied', 403));
    await uploads.resumeInterrupted();
    await settled(store, 'failed');
    await vi.waitFor(() => expect(told).toHaveLength(2));
    expect(told).toEqual([{ state: 'done' }, { state: 'failed', error: 'access_denied' }]);
  });
});
