/**
 * `s3.peek`: the first bytes of an object and its whole size, for the viewer's text preview. A
 * ranged GET, so a 2 GiB log costs the viewer no more than its first part.
 */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { ObjectStart } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import type { S3Context } from './s3-context.ts';

/** The whole size from `Content-Range: bytes 0-99/1234`; without one, the body was the whole object. */
export function totalSize(contentRange: string | undefined, received: number): number {
  const total = /\/(\d+)\s*$/.exec(contentRange ?? '')?.[1];
  return total === undefined ? received : Number(total);
}

export function peekHandler(context: S3Context): Handler<'s3.peek'> {
  return async (request): Promise<ObjectStart> => {
    const access = await context.access();
    const key = access.resolve(request.key);
    try {
      const object = await access.client.send(new GetObjectCommand({ Bucket: access.bucket, Key: key, Range: `bytes=0-${request.bytes - 1}` }));
      const bytes = (await object.Body!.transformToByteArray()).slice(0, request.bytes);
      const size = totalSize(object.ContentRange, bytes.byteLength);
      // A bucket whose CORS hides Content-Range leaves the size unknown: a full range may have been cut.
      const cut = size > bytes.byteLength || (object.ContentRange === undefined && bytes.byteLength === request.bytes);
      return { key, contentType: object.ContentType ?? 'application/octet-stream', size, bytes: bytes.buffer as ArrayBuffer, truncated: cut };
    } catch (error) {
      // An empty object has no byte 0: S3 answers 416 for any range.
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 416)
        return { key, contentType: 'application/octet-stream', size: 0, bytes: new ArrayBuffer(0), truncated: false };
      throw access.failure(error, key);
    }
  };
}
