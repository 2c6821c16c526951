/**
 * `s3.updateInfo`: a new content type and user metadata for an object. S3 has no call for that: the
 * object is copied onto itself with `MetadataDirective: REPLACE`. REPLACE also drops the headers
 * not given, so the ones a person set elsewhere (cache, disposition, encoding, language) are
 * carried over from a HEAD. A single copy takes at most 5 GiB.
 */
import { t } from '../../src/i18n/t.ts';
import { CopyObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { ObjectInfo } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import { copySource } from './copy-source.ts';
import { objectInfo } from './head.ts';
import type { S3Context } from './s3-context.ts';

const MAX_COPY_BYTES = 5 * 1024 ** 3;

export function updateInfoHandler(context: S3Context): Handler<'s3.updateInfo'> {
  return async (request): Promise<ObjectInfo> => {
    const access = await context.access();
    const key = access.resolve(request.key);
    try {
      const head = await access.client.send(new HeadObjectCommand({ Bucket: access.bucket, Key: key }));
      if ((head.ContentLength ?? 0) > MAX_COPY_BYTES) throw new ToteError(ErrorCode.TooLarge, t('errorInfoTooLarge', key));
      await access.client.send(
        new CopyObjectCommand({
          Bucket: access.bucket,
          Key: key,
          CopySource: copySource(access.bucket, key),
          // Only if it is still the object whose headers were read: a newer upload is not rewritten.
          ...(head.ETag ? { CopySourceIfMatch: head.ETag } : {}),
          MetadataDirective: 'REPLACE',
          ContentType: request.contentType,
          Metadata: request.metadata,
          ...(head.CacheControl ? { CacheControl: head.CacheControl } : {}),
          ...(head.ContentDisposition ? { ContentDisposition: head.ContentDisposition } : {}),
          ...(head.ContentEncoding ? { ContentEncoding: head.ContentEncoding } : {}),
          ...(head.ContentLanguage ? { ContentLanguage: head.ContentLanguage } : {}),
          ...(head.StorageClass ? { StorageClass: head.StorageClass } : {}),
        }),
      );
      return objectInfo(key, await access.client.send(new HeadObjectCommand({ Bucket: access.bucket, Key: key })));
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 412) {
        throw new ToteError(ErrorCode.S3Failed, t('errorInfoChanged', key), {
          cause: error,
        });
      }
      throw access.failure(error, key);
    }
  };
}
