/**
 * `s3.put`: one file in a single PUT, streamed from the File handle the page sent (the bytes are
 * read by fetch as they go out, not copied into the message). Larger files need a multipart
 * upload, which S3 requires above 5 GiB.
 */
import { t } from '../../src/i18n/t.ts';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { Handler } from '../router.ts';
import type { S3Context } from './s3-context.ts';

export const SINGLE_PUT_LIMIT = 5 * 1024 ** 3;

export function putHandler(context: S3Context): Handler<'s3.put'> {
  return async (request) => {
    if (request.body.size > SINGLE_PUT_LIMIT) {
      throw new ToteError(ErrorCode.TooLarge, t('errorPutTooLarge'));
    }
    const access = await context.access();
    const key = access.resolve(request.key);
    const contentType = request.contentType ?? (request.body.type || 'application/octet-stream');
    try {
      const result = await access.client.send(
        new PutObjectCommand({
          Bucket: access.bucket,
          Key: key,
          // S3 wants the length up front; the SDK reads it from the Blob and streams the body.
          Body: request.body,
          ContentLength: request.body.size,
          ContentType: contentType,
          ...(request.metadata ? { Metadata: request.metadata } : {}),
        }),
      );
      return { key, size: request.body.size, ...(result.ETag ? { etag: result.ETag } : {}) };
    } catch (error) {
      const mapped = access.failure(error, key);
      if (mapped.code === ErrorCode.AccessDenied && !access.signedIn) {
        throw new ToteError(ErrorCode.AccessDenied, t('errorGuestsCannotUpload'), { cause: error });
      }
      throw mapped;
    }
  };
}
