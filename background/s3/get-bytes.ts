/**
 * `s3.get`: a small object's bytes, for previews (an image, a text file). Larger objects are
 * refused with a pointer to the download link, which streams to disk instead of through memory.
 */
import { t } from '../../src/i18n/t.ts';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { ObjectBytes } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import type { S3Context } from './s3-context.ts';

export const PREVIEW_LIMIT = 4 * 1024 * 1024;

export function getBytesHandler(context: S3Context): Handler<'s3.get'> {
  return async (request): Promise<ObjectBytes> => {
    const access = await context.access();
    const key = access.resolve(request.key);
    try {
      // Ask for one byte more than the limit: a longer object shows itself without being read whole.
      const object = await access.client.send(new GetObjectCommand({ Bucket: access.bucket, Key: key, Range: `bytes=0-${PREVIEW_LIMIT}` }));
      const bytes = await object.Body!.transformToByteArray();
      if (bytes.byteLength > PREVIEW_LIMIT) {
        throw new ToteError(ErrorCode.TooLarge, t('errorPreviewTooLarge', key, PREVIEW_LIMIT / 1024 / 1024));
      }
      return {
        key,
        contentType: object.ContentType ?? 'application/octet-stream',
        bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      };
    } catch (error) {
      throw access.failure(error, key);
    }
  };
}
