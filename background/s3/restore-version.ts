/**
 * `s3.restoreVersion`: copies an earlier version onto its own key, so it becomes the latest with
 * its bytes, type and metadata; every version stays, the restore included, so it can be undone
 * the same way.
 */
import { CopyObjectCommand } from '@aws-sdk/client-s3';
import { resolveKeyTemplate } from '../../src/s3/key-template.ts';
import { GUEST_USER } from '../../src/storage/keys.ts';
import type { Handler } from '../router.ts';
import { copySource } from './copy-source.ts';
import type { S3Context } from './s3-context.ts';
import { s3Error } from './s3-errors.ts';

export function restoreVersionHandler(context: S3Context): Handler<'s3.restoreVersion'> {
  return async (request) => {
    const access = await context.access();
    const key = resolveKeyTemplate(request.key, access.identityId);
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
      throw s3Error(error, { signedIn: access.scope !== GUEST_USER, identityId: access.identityId, key });
    }
  };
}
