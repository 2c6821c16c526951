/**
 * In-memory S3 for unit tests of the transfer code: multipart uploads, objects and the answers
 * S3 gives, with ETags computed as S3 does (Node's MD5, independent of the code under test).
 * `flavour` picks how a finished upload's ListParts is refused: AWS `NoSuchUpload`, RGW 403.
 */
import { createHash } from 'node:crypto';
import { accessFor, type S3Access } from '../../background/s3/s3-access.ts';

interface Command {
  constructor: { name: string };
  input: Record<string, unknown>;
}

const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest();
const s3Failure = (name: string, status: number) => Object.assign(new Error(`${name} (fake S3)`), { name, $metadata: { httpStatusCode: status } });

export interface FakeS3 {
  access: S3Access;
  /** Open multipart uploads: upload id → part number → bytes. */
  uploads: Map<string, Map<number, Uint8Array>>;
  objects: Map<string, { body: Uint8Array; etag: string }>;
  /** Command names in the order they were sent. */
  calls: string[];
  /** Makes the next command of this name fail with `error` once. */
  failNext(command: string, error: Error): void;
}

export function fakeS3(flavour: 'aws' | 'rgw' = 'rgw', identityId = 'us-east-1:me'): FakeS3 {
  const uploads = new Map<string, Map<number, Uint8Array>>();
  const objects = new Map<string, { body: Uint8Array; etag: string }>();
  const calls: string[] = [];
  const failures = new Map<string, Error>();
  let nextUpload = 1;
  const gone = () => (flavour === 'aws' ? s3Failure('NoSuchUpload', 404) : s3Failure('AccessDenied', 403));
  const openUpload = (id: unknown) => {
    const parts = uploads.get(id as string);
    if (parts === undefined) throw gone();
    return parts;
  };
  const answer = async (command: Command): Promise<unknown> => {
    const input = command.input;
    switch (command.constructor.name) {
      case 'CreateMultipartUploadCommand': {
        const id = `upload-${nextUpload++}`;
        uploads.set(id, new Map());
        return { UploadId: id };
      }
      case 'UploadPartCommand': {
        const body = new Uint8Array(await (input.Body as Blob).arrayBuffer());
        openUpload(input.UploadId).set(input.PartNumber as number, body);
        return { ETag: `"${md5(body).toString('hex')}"` };
      }
      case 'ListPartsCommand': {
        const parts = [...openUpload(input.UploadId)].sort(([a], [b]) => a - b);
        return { Parts: parts.map(([PartNumber, body]) => ({ PartNumber, ETag: `"${md5(body).toString('hex')}"`, Size: body.length })), IsTruncated: false };
      }
      case 'CompleteMultipartUploadCommand': {
        const parts = openUpload(input.UploadId);
        const listed = (input.MultipartUpload as { Parts: { PartNumber: number }[] }).Parts.map((part) => parts.get(part.PartNumber) as Uint8Array);
        const etag = `"${md5(Buffer.concat(listed.map(md5))).toString('hex')}-${listed.length}"`;
        objects.set(input.Key as string, { body: Buffer.concat(listed), etag });
        uploads.delete(input.UploadId as string);
        return { ETag: etag };
      }
      case 'AbortMultipartUploadCommand':
        openUpload(input.UploadId);
        uploads.delete(input.UploadId as string);
        return {};
      case 'HeadObjectCommand': {
        const object = objects.get(input.Key as string);
        // A HEAD has no body: the SDK names a missing object by its status alone.
        if (object === undefined) throw s3Failure('NotFound', 404);
        return { ContentLength: object.body.length, ETag: object.etag };
      }
      case 'PutObjectCommand': {
        const body = new Uint8Array(await (input.Body as Blob).arrayBuffer());
        objects.set(input.Key as string, { body, etag: `"${md5(body).toString('hex')}"` });
        return {};
      }
      default:
        throw new Error(`the fake S3 does not answer ${command.constructor.name}`);
    }
  };
  const client = {
    async send(command: Command) {
      const name = command.constructor.name.replace(/Command$/, '');
      calls.push(name);
      const failure = failures.get(name);
      if (failure) {
        failures.delete(name);
        throw failure;
      }
      return answer(command);
    },
  } as unknown as S3Access['client'];
  return {
    access: accessFor({ client, uploads: client, bucket: 'bucket', identityId, signedIn: true, expiration: Date.now() + 3_600_000 }),
    uploads,
    objects,
    calls,
    failNext: (command, error) => void failures.set(command, error),
  };
}

export { s3Failure };
