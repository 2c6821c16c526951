/**
 * `s3.restoreVersion`: copies an earlier version onto its own key, so it becomes the latest with
 * its bytes, type and metadata; every version stays, the restore included, so it can be undone
 * the same way.
 */
import { CopyObjectCommand } from '@aws-sdk/client-s3';
import type { Handler } from '../router.ts';
import { copySource } from './copy-source.ts';
import type { S3Context } from './s3-context.ts';

export function restoreVersionHandler(context: S3Context): Handler<'s3.restoreVersion'> {
  return async (request) => {
    const access = await context.access();
    const key = access.resolve(request.key);
    try {
      const copied = await access.client.send(
        new CopyObjectCommand({
          Bucket: access.bucket,
          Key: key,
          CopySource: `${copySource(access.bucket, key)}?versionId=${encodeURIComponent(request.versionId)}`,
          MetadataDirective: 'COPY',
        }),
      );
      return { key, ...(copied.VersionId ? { versionId: copied.VersionId } : {}) };
    } catch (error) {
      throw access.failure(error, key);
    }
  };
}
