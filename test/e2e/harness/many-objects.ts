/**
 * Many small objects written by the bucket owner (48 at a time), and removed again: the stack is
 * shared by every test file, and thousands of objects left under public/ would push other files'
 * objects past the first page of a public/ listing.
 */
import { DeleteObjectsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { StackDescription } from '../../../devstack/description.ts';

const adminClient = (stack: StackDescription) =>
  new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });

/** Writes `keys.length` objects, each holding its index; logs how long it took. */
export async function writeObjects(stack: StackDescription, keys: readonly string[]): Promise<void> {
  const admin = adminClient(stack);
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: 48 }, async () => {
      while (next < keys.length) {
        const index = next++;
        await admin.send(new PutObjectCommand({ Bucket: stack.bucket, Key: keys[index], Body: String(index) }));
      }
    }),
  );
  console.log(`wrote ${keys.length} objects in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  admin.destroy();
}

export async function removeObjects(stack: StackDescription, keys: readonly string[]): Promise<void> {
  const admin = adminClient(stack);
  for (let start = 0; start < keys.length; start += 1000) {
    await admin.send(
      new DeleteObjectsCommand({ Bucket: stack.bucket, Delete: { Objects: keys.slice(start, start + 1000).map((Key) => ({ Key })), Quiet: true } }),
    );
  }
  admin.destroy();
}
