/**
 * `s3.exists`: which of the given keys already hold something, so the overwrite guard can ask
 * before an upload, copy, move or rename replaces them. A file is a HEAD; a folder exists when
 * anything is listed under it. A few requests at a time, in the background's own S3 client.
 */
import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { resolveKeyTemplate } from '../../src/s3/key-template.ts';
import type { Handler } from '../router.ts';
import type { S3Access } from './s3-client.ts';
import type { S3Context } from './s3-context.ts';
import { s3Error } from './s3-errors.ts';

const AT_ONCE = 8;

async function holdsSomething(access: S3Access, key: string): Promise<boolean> {
  try {
    if (key.endsWith('/')) {
      const page = await access.client.send(new ListObjectsV2Command({ Bucket: access.bucket, Prefix: key, MaxKeys: 1 }));
      return (page.KeyCount ?? page.Contents?.length ?? 0) > 0;
    }
    await access.client.send(new HeadObjectCommand({ Bucket: access.bucket, Key: key }));
    return true;
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
    throw s3Error(error, { signedIn: access.scope !== 'ANONYMOUS', identityId: access.identityId, key });
  }
}

export function existsHandler(context: S3Context): Handler<'s3.exists'> {
  return async (request) => {
    const access = await context.access();
    const keys = [...new Set(request.keys.map((key) => resolveKeyTemplate(key, access.identityId)))];
    const found = new Array<boolean>(keys.length);
    let next = 0;
    const worker = async () => {
      while (next < keys.length) {
        const index = next++;
        found[index] = await holdsSomething(access, keys[index] as string);
      }
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, keys.length) }, worker));
    return { existing: keys.filter((_, index) => found[index]) };
  };
}
