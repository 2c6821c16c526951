/**
 * Uploads that belong to the background, not to the page that started them: the popup may close,
 * the worker may stop, and the upload goes on (or resumes at the next start) from the stored copy.
 * Small files go in one PUT; larger ones multipart with parts in parallel, cancel aborting the
 * multipart upload so nothing is left behind.
 */
import { t } from '../../src/i18n/t.ts';
import { AbortMultipartUploadCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { S3Access } from '../s3/s3-access.ts';
import type { S3Context } from '../s3/s3-context.ts';
import { s3Error } from '../s3/s3-errors.ts';
import type { KeepAwake } from './keep-awake.ts';
import type { LiveProgress } from './live-progress.ts';
import { runMultipart } from './multipart.ts';
import { partSizeFor } from './part-size.ts';
import type { TransferRecord, TransferStore } from './transfer-store.ts';

/** Above this, uploads go multipart (S3's smallest part is 5 MiB). */
export const MULTIPART_THRESHOLD = 16 * 1024 * 1024;
/** Finished and cancelled transfers kept for the list. */
const KEEP_FINISHED = 20;

export interface TransferManagerDependencies {
  s3: S3Context;
  store: TransferStore;
  changed(): void;
  now(): number;
  /** Told whether any upload is unfinished (keeps a wake-up alarm while there is). */
  watch?(active: boolean): void;
  /** Bytes on the wire between finished parts (byte-level progress where the browser reports it). */
  live?: LiveProgress;
  /** Keeps the background from idling out while an upload runs. */
  keepAwake?: KeepAwake;
  /** Told when an upload ends done or failed (notifications). */
  settled?(record: TransferRecord): void;
}

export function createTransferManager(deps: TransferManagerDependencies) {
  const running = new Map<string, AbortController>();
  /**
   * The newest record of each running transfer, ahead of the store: a part's bytes leave the live
   * count and join the record in the same turn, so a listing never sees them in neither.
   */
  const current = new Map<string, TransferRecord>();
  /** Uploads dropped at sign-out: a part that finishes late must not write their record back. */
  const forgotten = new Set<string>();

  function remember(record: TransferRecord): void {
    if (record.state === 'running') current.set(record.id, record);
    else current.delete(record.id);
  }

  async function save(record: TransferRecord): Promise<void> {
    if (forgotten.has(record.id)) return;
    remember(record);
    await deps.store.put({ ...record, updatedAt: deps.now() });
    deps.changed();
    if (record.state !== 'running' && record.state !== 'queued') {
      deps.watch?.((await deps.store.all()).some((r) => r.state === 'running' || r.state === 'queued'));
    } else if (record.bytesDone === 0) {
      deps.watch?.(true);
    }
  }

  async function execute(id: string): Promise<void> {
    if (running.has(id)) return;
    const controller = new AbortController();
    running.set(id, controller);
    await (deps.keepAwake ?? ((work) => work()))(() => upload(id, controller));
  }

  async function upload(id: string, controller: AbortController): Promise<void> {
    let record = await deps.store.get(id);
    let access: S3Access | undefined;
    try {
      if (record === undefined || record.state === 'done' || record.state === 'cancelled') return;
      const file = await deps.store.getFile(id);
      if (file === undefined) throw new ToteError(ErrorCode.NotFound, t('errorUploadFileGone'));
      record = { ...record, state: 'running' };
      delete record.error;
      await save(record);
      const opened = await deps.s3.access();
      access = opened;
      if (record.partSize === undefined) {
        const command = new PutObjectCommand({
          Bucket: access.bucket,
          Key: record.key,
          Body: file,
          ContentLength: record.size,
          ContentType: record.contentType,
        });
        const upload = () => opened.uploads.send(command, { abortSignal: controller.signal });
        await (deps.live ? deps.live.sending(id, { singlePutOf: record.key }, upload) : upload());
        record = { ...record, bytesDone: record.size };
        remember(record);
      } else {
        record = await runMultipart(access, record, file, {
          signal: controller.signal,
          live: deps.live,
          saved: async (next) => {
            record = next;
            await save(next);
          },
        });
      }
      await deps.store.removeFile(id);
      await save({ ...record, state: 'done' });
      deps.settled?.({ ...record, state: 'done' });
    } catch (error) {
      if (record === undefined) return;
      if (controller.signal.aborted) return; // cancel() records the outcome
      // Without an access (the credentials themselves failed) the broker's error is already Tote's.
      const info = error instanceof ToteError ? error : access ? access.failure(error, record.key) : s3Error(error, { signedIn: false, key: record.key });
      const failed: TransferRecord = { ...record, state: 'failed', error: { code: info.code, message: info.message } };
      await save(failed);
      // An upload forgotten at sign-out is not the user's news any more.
      if (!forgotten.has(id)) deps.settled?.(failed);
    } finally {
      running.delete(id);
      current.delete(id);
    }
  }

  async function prune(): Promise<void> {
    const finished = (await deps.store.all()).filter((r) => r.state === 'done' || r.state === 'cancelled').sort((a, b) => b.updatedAt - a.updatedAt);
    for (const old of finished.slice(KEEP_FINISHED)) await deps.store.remove(old.id);
  }

  return {
    /** Stores a copy of the file and starts uploading it; resolves once the copy is safe. */
    async start(keyTemplate: string, file: Blob): Promise<TransferRecord> {
      const access = await deps.s3.access();
      const size = file.size;
      const record: TransferRecord = {
        id: crypto.randomUUID(),
        key: access.resolve(keyTemplate),
        size,
        contentType: file.type || 'application/octet-stream',
        state: 'queued',
        bytesDone: 0,
        parts: [],
        partAttempts: 0,
        ...(size > MULTIPART_THRESHOLD ? { partSize: partSizeFor(size) } : {}),
        startedAt: deps.now(),
        updatedAt: deps.now(),
      };
      await deps.store.putFile(record.id, file);
      await save(record);
      void execute(record.id);
      void prune();
      return record;
    },
    /** Every transfer, newest first; `bytesDone` includes bytes of requests still sending. */
    async list(): Promise<TransferRecord[]> {
      const stored = await deps.store.all();
      const live = (record: TransferRecord) => {
        const newest = record.state === 'running' ? (current.get(record.id) ?? record) : record;
        return deps.live && newest.state === 'running'
          ? { ...newest, bytesDone: Math.min(newest.size, newest.bytesDone + deps.live.inFlight(newest.id)) }
          : newest;
      };
      return stored.sort((a, b) => b.startedAt - a.startedAt).map(live);
    },
    async cancel(id: string): Promise<TransferRecord> {
      const record = await deps.store.get(id);
      if (record === undefined) throw new ToteError(ErrorCode.NotFound, t('errorUploadNotListed'));
      running.get(id)?.abort();
      if (record.uploadId !== undefined && record.state !== 'done') {
        const access = await deps.s3.access();
        await access.client.send(new AbortMultipartUploadCommand({ Bucket: access.bucket, Key: record.key, UploadId: record.uploadId })).catch(() => undefined);
      }
      await deps.store.removeFile(id);
      const cancelled: TransferRecord = { ...record, state: record.state === 'done' ? 'done' : 'cancelled' };
      await save(cancelled);
      return cancelled;
    },
    async retry(id: string): Promise<TransferRecord> {
      const record = await deps.store.get(id);
      if (record?.state !== 'failed') throw new ToteError(ErrorCode.BadRequest, t('errorUploadNotFailed'));
      void execute(id);
      return record;
    },
    /** Forgets uploads that are done or cancelled (failed ones stay, to be retried). */
    async clearFinished(): Promise<void> {
      for (const record of await deps.store.all()) {
        if (record.state === 'done' || record.state === 'cancelled') await deps.store.remove(record.id);
      }
      deps.changed();
    },
    /**
     * Sign-out: stops every upload, aborts its multipart upload (with the user's credentials,
     * still there) and forgets it and its file copy, so nothing of the user stays behind.
     */
    async forgetAll(): Promise<void> {
      const records = await deps.store.all();
      for (const record of records) forgotten.add(record.id);
      for (const controller of running.values()) controller.abort();
      const access = await deps.s3.access().catch(() => undefined);
      for (const record of records) {
        if (access && record.uploadId !== undefined && record.state !== 'done') {
          await access.client
            .send(new AbortMultipartUploadCommand({ Bucket: access.bucket, Key: record.key, UploadId: record.uploadId }))
            .catch(() => undefined);
        }
        await deps.store.remove(record.id);
      }
      current.clear();
      deps.watch?.(false);
      deps.changed();
    },
    /** At background start: carry on with every upload a stop interrupted. */
    async resumeInterrupted(): Promise<void> {
      for (const record of await deps.store.all()) if (record.state === 'running' || record.state === 'queued') void execute(record.id);
    },
  };
}

export type TransferManager = ReturnType<typeof createTransferManager>;
