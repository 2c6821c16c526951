/**
 * ListObjectVersions page by page: every version and delete marker under a prefix, as Tote's
 * `ObjectVersion`. S3 lists by prefix, so callers that want one key keep only its own entries.
 */
import { ListObjectVersionsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectVersion } from '../../src/messaging/protocol.ts';

export async function* versionsUnder(client: S3Client, bucket: string, prefix: string): AsyncGenerator<Array<ObjectVersion & { key: string }>> {
  let KeyMarker: string | undefined;
  let VersionIdMarker: string | undefined;
  do {
    const page = await client.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, KeyMarker, VersionIdMarker }));
    const entries = [
      ...(page.Versions ?? []).map((version) => ({ ...version, deleteMarker: false, size: version.Size ?? 0 })),
      ...(page.DeleteMarkers ?? []).map((marker) => ({ ...marker, deleteMarker: true, size: 0 })),
    ];
    yield entries
      .filter((entry) => entry.Key !== undefined && entry.VersionId !== undefined)
      .map((entry) => ({
        key: entry.Key as string,
        versionId: entry.VersionId as string,
        size: entry.size,
        lastModified: entry.LastModified?.getTime() ?? 0,
        latest: entry.IsLatest === true,
        deleteMarker: entry.deleteMarker,
      }));
    [KeyMarker, VersionIdMarker] = page.IsTruncated ? [page.NextKeyMarker, page.NextVersionIdMarker] : [undefined, undefined];
  } while (KeyMarker !== undefined);
}
