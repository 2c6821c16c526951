/** `s3.head`: an object's size, type, dates, storage class and metadata, without its bytes. */
import { HeadObjectCommand, type HeadObjectCommandOutput } from '@aws-sdk/client-s3';
import type { ObjectInfo } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import type { S3Context } from './s3-context.ts';

/** A HEAD's answer as the caller sees it. */
export function objectInfo(key: string, head: HeadObjectCommandOutput): ObjectInfo {
  return {
    key,
    size: head.ContentLength ?? 0,
    lastModified: head.LastModified?.getTime() ?? 0,
    ...(head.ContentType ? { contentType: head.ContentType } : {}),
    ...(head.ETag ? { etag: head.ETag } : {}),
    ...(head.StorageClass ? { storageClass: head.StorageClass } : {}),
    metadata: head.Metadata ?? {},
  };
}

export function headHandler(context: S3Context): Handler<'s3.head'> {
  return async (request): Promise<ObjectInfo> => {
    const access = await context.access();
    const key = access.resolve(request.key);
    try {
      return objectInfo(key, await access.client.send(new HeadObjectCommand({ Bucket: access.bucket, Key: key })));
    } catch (error) {
      throw access.failure(error, key);
    }
  };
}
