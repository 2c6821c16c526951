/**
 * `s3.list`: one page of a prefix, folders (common prefixes) apart from objects. A first page is
 * also kept in the listing cache, which `s3.listCached` answers from (listing-cache.ts).
 */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { ListResult } from '../../src/messaging/protocol.ts';
import { resolveKeyTemplate } from '../../src/s3/key-template.ts';
import type { Handler } from '../router.ts';
import type { ListingCache, ListingPlace } from './listing-cache.ts';
import type { S3Context } from './s3-context.ts';

/** `cache`: where the pages' first pages are kept (the page bridge's listings are not). */
export function listHandler(context: S3Context, cache?: ListingCache): Handler<'s3.list'> {
  return async (request): Promise<ListResult> => {
    const page = await listPage(context, request);
    if (cache && request.continuationToken === undefined) void keep(cache, page.identityId, placeOf(page.result.prefix, request), page.result);
    return page.result;
  };
}

const placeOf = (prefix: string, request: { delimiter?: string; pageSize?: number }): ListingPlace => ({
  prefix,
  ...(request.delimiter ? { delimiter: request.delimiter } : {}),
  ...(request.pageSize ? { pageSize: request.pageSize } : {}),
});

/**
 * Files the page under whoever is looking, unless that is no longer who listed it (signed out
 * while the request ran: sign-out's wipe must not be followed by their page). Not awaited: the
 * reply does not wait for the disk.
 */
async function keep(cache: ListingCache, listedBy: string, place: ListingPlace, page: ListResult): Promise<void> {
  try {
    const current = await cache.viewer();
    if (current === undefined || current.identityId !== listedBy) return;
    await cache.write(current.viewer, place, page);
  } catch (error) {
    console.warn('Tote: could not keep the listing for next time', error);
  }
}

/** `s3.listCached`: the first page as the current identity last listed it, from storage alone (no S3, no Cognito). */
export function listCachedHandler(cache: ListingCache): Handler<'s3.listCached'> {
  return async (request) => {
    const current = await cache.viewer();
    if (current === undefined) return {};
    const page = await cache.read(current.viewer, placeOf(resolveKeyTemplate(request.prefix, current.identityId), request));
    return page ? { page } : {};
  };
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
