/** `s3.createFolder`: an empty object named `<prefix>/`, which S3 consoles and Tote show as a folder. */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Handler } from '../router.ts';
import type { S3Context } from './s3-context.ts';

export function createFolderHandler(context: S3Context): Handler<'s3.createFolder'> {
  return async (request) => {
    const access = await context.access();
    const folder = access.resolve(request.folder);
    try {
      await access.client.send(new PutObjectCommand({ Bucket: access.bucket, Key: folder, Body: '' }));
    } catch (error) {
      throw access.failure(error, folder);
    }
    return { folder };
  };
}
