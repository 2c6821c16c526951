/**
 * `s3.exists`: which of the given keys already hold something, so the overwrite guard can ask
 * before an upload, copy, move or rename replaces them. Answers the keys as asked (templates
 * unresolved), so the caller can match them. Each is a one-key listing from the key on, not a
 * HEAD: a role that may list only below a prefix (an `s3:prefix` condition) gets 403, not 404,
 * for a HEAD of a missing key, on AWS and RGW alike. The key itself sorts first among the keys
 * it begins; a folder exists when anything is under it. A few requests at a time.
 */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { Handler } from '../router.ts';
import type { S3Access } from './s3-access.ts';
import type { S3Context } from './s3-context.ts';

const AT_ONCE = 8;

async function holdsSomething(access: S3Access, key: string): Promise<boolean> {
  try {
    const page = await access.client.send(new ListObjectsV2Command({ Bucket: access.bucket, Prefix: key, MaxKeys: 1 }));
    const first = page.Contents?.[0]?.Key;
    return key.endsWith('/') ? first !== undefined || (page.CommonPrefixes?.length ?? 0) > 0 : first === key;
  } catch (error) {
    throw access.failure(error, key);
  }
}

export function existsHandler(context: S3Context): Handler<'s3.exists'> {
  return async (request) => {
    const access = await context.access();
    const keys = [...new Set(request.keys)];
    const found = new Array<boolean>(keys.length);
    let next = 0;
    const worker = async () => {
      while (next < keys.length) {
        const index = next++;
        found[index] = await holdsSomething(access, access.resolve(keys[index] as string));
      }
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, keys.length) }, worker));
    return { existing: keys.filter((_, index) => found[index]) };
  };
}
