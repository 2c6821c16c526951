/**
 * `s3.copy` and `s3.move`: an object, or a folder with everything under it (keys keep their path
 * below the folder). A move deletes each source only after its copy succeeded, so a failure part
 * way leaves every object in at least one place.
 */
import { tCount, t } from '../../src/i18n/t.ts';
import { CopyObjectCommand, DeleteObjectCommand } from '@aws-sdk/client-s3';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { CopyResult } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import { copySource } from './copy-source.ts';
import { keysUnder } from './keys-under.ts';
import type { S3Access } from './s3-access.ts';
import type { S3Context } from './s3-context.ts';

async function copyOne(access: S3Access, from: string, to: string, move: boolean): Promise<void> {
  await access.client.send(new CopyObjectCommand({ Bucket: access.bucket, Key: to, CopySource: copySource(access.bucket, from) }));
  if (move) await access.client.send(new DeleteObjectCommand({ Bucket: access.bucket, Key: from }));
}

/** Serves `s3.copy` (move false) and `s3.move` (move true), whose requests have one shape. */
export function copyHandler(context: S3Context, move: boolean): Handler<'s3.copy'> & Handler<'s3.move'> {
  return async (request: { from: string; to: string }): Promise<CopyResult> => {
    const access = await context.access();
    const from = access.resolve(request.from);
    const to = access.resolve(request.to);
    const isFolder = from.endsWith('/');
    if (isFolder !== to.endsWith('/')) throw new ToteError(ErrorCode.BadRequest, t('errorCopyFolderToFile'));
    if (from === to) throw new ToteError(ErrorCode.BadRequest, t('errorCopySame'));
    if (isFolder && to.startsWith(from)) throw new ToteError(ErrorCode.BadRequest, t('errorCopyIntoItself'));
    let count = 0;
    let current = from;
    try {
      if (!isFolder) {
        await copyOne(access, from, to, move);
        count = 1;
      } else {
        for await (const keys of keysUnder(access.client, access.bucket, from)) {
          for (const key of keys) {
            current = key;
            await copyOne(access, key, to + key.slice(from.length), move);
            count++;
          }
        }
      }
    } catch (error) {
      const failure = access.failure(error, current);
      if (count === 0) throw failure;
      throw new ToteError(failure.code, tCount(move ? 'errorMovedBefore' : 'errorCopiedBefore', count, failure.message), {
        retryable: failure.retryable,
        cause: error,
      });
    }
    return { count, to };
  };
}
