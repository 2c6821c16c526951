/** `s3.list`: one page of a prefix, folders (common prefixes) apart from objects. */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { ListResult } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import type { S3Context } from './s3-context.ts';

export function listHandler(context: S3Context): Handler<'s3.list'> {
  return async (request): Promise<ListResult> => {
    const access = await context.access();
    const prefix = access.resolve(request.prefix);
    try {
      const page = await access.client.send(
        new ListObjectsV2Command({
          Bucket: access.bucket,
          Prefix: prefix,
          ...(request.delimiter ? { Delimiter: request.delimiter } : {}),
          MaxKeys: request.pageSize ?? 1000,
          ...(request.continuationToken ? { ContinuationToken: request.continuationToken } : {}),
        }),
      );
      return {
        prefix,
        folders: (page.CommonPrefixes ?? []).flatMap((folder) => (folder.Prefix ? [folder.Prefix] : [])),
        objects: (page.Contents ?? []).flatMap((object) =>
          object.Key === undefined
            ? []
            : [
                {
                  key: object.Key,
                  size: object.Size ?? 0,
                  lastModified: object.LastModified?.getTime() ?? 0,
                  ...(object.ETag ? { etag: object.ETag } : {}),
                },
              ],
        ),
        ...(page.NextContinuationToken ? { continuationToken: page.NextContinuationToken } : {}),
      };
    } catch (error) {
      throw access.failure(error, prefix);
    }
  };
}
