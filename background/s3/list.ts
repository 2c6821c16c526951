/**
 * `s3.list`: one page of a prefix, folders (common prefixes) apart from objects. A first page is
 * also kept in the listing cache (listing-cache.ts), which the popup reads directly.
 */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { ListResult } from '../../src/messaging/protocol.ts';
import type { ListingPlace } from '../../src/storage/kept-listing.ts';
import type { Handler } from '../router.ts';
import type { ListingCache } from './listing-cache.ts';
import type { S3Context } from './s3-context.ts';

type Looking = Awaited<ReturnType<ListingCache['viewer']>>;

/** `cache`: where the pages' first pages are kept (the page bridge's listings are not). */
export function listHandler(context: S3Context, cache?: ListingCache): Handler<'s3.list'> {
  return async (request): Promise<ListResult> => {
    const first = cache !== undefined && request.continuationToken === undefined;
    // Who was looking when the listing began, read alongside it (storage alone, no network).
    const before = first ? cache.viewer().catch(() => undefined) : undefined;
    const page = await listPage(context, request);
    if (cache && before) void keep(cache, before, page.identityId, placeOf(request), page.result);
    return page.result;
  };
}

/** Filed as the page asked: the prefix as asked (a template), so the popup finds it without resolving it. */
const placeOf = (request: { prefix: string; delimiter?: string; pageSize?: number }): ListingPlace => ({
  prefix: request.prefix,
  ...(request.delimiter ? { delimiter: request.delimiter } : {}),
  ...(request.pageSize ? { pageSize: request.pageSize } : {}),
});

/**
 * Files the page under whoever is looking, only if that is who was looking when it was asked for
 * and whose identity listed it: a sign-in, sign-out or settings change while the request ran must
 * not be followed by the page. Not awaited: the reply does not wait for the disk.
 */
async function keep(cache: ListingCache, before: Promise<Looking>, listedBy: string, place: ListingPlace, page: ListResult): Promise<void> {
  try {
    const [then, now] = [await before, await cache.viewer()];
    if (then === undefined || now === undefined || then.viewer !== now.viewer || now.identityId !== listedBy) return;
    await cache.write(now, place, page);
  } catch (error) {
    console.warn('Tote: could not keep the listing for next time', error);
  }
}

async function listPage(
  context: S3Context,
  request: { prefix: string; delimiter?: string; pageSize?: number; continuationToken?: string },
): Promise<{ identityId: string; result: ListResult }> {
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
    const result: ListResult = {
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
    return { identityId: access.identityId, result };
  } catch (error) {
    throw access.failure(error, prefix);
  }
}
