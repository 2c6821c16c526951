/**
 * `s3.delete`: one or many keys, or a folder with everything under it; answers how many objects
 * were deleted. Keys S3 refused are reported, not hidden.
 */
import { tCount, t } from '../../src/i18n/t.ts';
import { DeleteObjectCommand, DeleteObjectsCommand, type S3Client } from '@aws-sdk/client-s3';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { DeleteResult } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import { keysUnder } from './keys-under.ts';
import type { S3Context } from './s3-context.ts';

/** DeleteObjects takes at most 1,000 keys. */
const BATCH = 1000;

/** Single deletes at once when a batch is not possible. */
const PARALLEL_SINGLE_DELETES = 8;

/**
 * Clients whose server refused DeleteObjects as a whole. Ceph RGW 16 checks the bucket-level
 * POST ?delete against the bucket rather than each key, so an identity allowed to delete only
 * under its own prefix is refused the batch; AWS checks each key. Those clients delete one by one.
 */
const batchRefused = new WeakSet<S3Client>();

function isDenied(error: unknown): boolean {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 403;
}

async function deleteOneByOne(client: S3Client, bucket: string, keys: string[]): Promise<{ deleted: number; refused: string[] }> {
  const refused: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++] as string;
      try {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      } catch (error) {
        if (!isDenied(error)) throw error;
        refused.push(key);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SINGLE_DELETES, keys.length) }, worker));
  return { deleted: keys.length - refused.length, refused };
}

async function deleteBatch(client: S3Client, bucket: string, keys: string[]): Promise<{ deleted: number; refused: string[] }> {
  if (batchRefused.has(client)) return deleteOneByOne(client, bucket, keys);
  try {
    // Quiet mode: only failures come back.
    const result = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }));
    const refused = (result.Errors ?? []).flatMap((error) => (error.Key ? [error.Key] : []));
    return { deleted: keys.length - refused.length, refused };
  } catch (error) {
    if (!isDenied(error)) throw error;
    batchRefused.add(client);
    return deleteOneByOne(client, bucket, keys);
  }
}

export function deleteHandler(context: S3Context): Handler<'s3.delete'> {
  return async (request): Promise<DeleteResult> => {
    const access = await context.access();
    const resolve = access.resolve;
    let deleted = 0;
    const refused: string[] = [];
    const run = async (keys: string[]) => {
      for (let start = 0; start < keys.length; start += BATCH) {
        const outcome = await deleteBatch(access.client, access.bucket, keys.slice(start, start + BATCH));
        deleted += outcome.deleted;
        refused.push(...outcome.refused);
      }
    };
    try {
      if (request.keys !== undefined) await run(request.keys.map(resolve));
      else for await (const keys of keysUnder(access.client, access.bucket, resolve(request.folder ?? ''))) await run(keys);
    } catch (error) {
      throw access.failure(error, resolve(request.keys?.[0] ?? request.folder ?? ''));
    }
    if (deleted === 0 && refused.length > 0) {
      throw new ToteError(
        ErrorCode.AccessDenied,
        refused.length === 1 ? t('errorDeleteRefusedKey', refused[0] as string) : tCount('errorDeleteRefusedObjects', refused.length),
      );
    }
    return { deleted, refused: refused.slice(0, 100), refusedCount: refused.length };
  };
}
