/** Every key under a prefix, page by page: for recursive delete, copy and move of folders. */
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';

export async function* keysUnder(client: S3Client, bucket: string, prefix: string): AsyncGenerator<string[]> {
  let continuationToken: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(continuationToken ? { ContinuationToken: continuationToken } : {}) }),
    );
    const keys = (page.Contents ?? []).flatMap((object) => (object.Key === undefined ? [] : [object.Key]));
    if (keys.length > 0) yield keys;
    continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (continuationToken);
}
