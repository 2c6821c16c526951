/** `s3.createFolder`: an empty object named `<prefix>/`, which S3 consoles and Tote show as a folder. */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { resolveKeyTemplate } from '../../src/s3/key-template.ts';
import type { Handler } from '../router.ts';
import type { S3Context } from './s3-context.ts';
import { s3Error } from './s3-errors.ts';
import { GUEST_USER } from '../../src/storage/keys.ts';

export function createFolderHandler(context: S3Context): Handler<'s3.createFolder'> {
  return async (request) => {
    const access = await context.access();
    const folder = resolveKeyTemplate(request.folder, access.identityId);
    try {
      await access.client.send(new PutObjectCommand({ Bucket: access.bucket, Key: folder, Body: '' }));
    } catch (error) {
      throw s3Error(error, { signedIn: access.scope !== GUEST_USER, identityId: access.identityId, key: folder });
    }
    return { folder };
  };
}
