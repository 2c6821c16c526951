/**
 * An S3Context whose client answers each command through `answer` and records it: for unit tests
 * of handlers that send a few commands and read their answers. Nothing goes on the wire.
 */
import { S3Client } from '@aws-sdk/client-s3';
import type { S3Context } from '../../background/s3/s3-context.ts';
import { accessFor } from '../../background/s3/s3-access.ts';

export interface SentCommand {
  name: string;
  input: Record<string, unknown>;
}

export function scriptedS3(answer: (command: SentCommand) => unknown, identityId = 'me'): { context: S3Context; sent: SentCommand[] } {
  const sent: SentCommand[] = [];
  const client = new S3Client({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    forcePathStyle: true,
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
  });
  client.send = (async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const entry = { name: command.constructor.name.replace(/Command$/, ''), input: command.input };
    sent.push(entry);
    return answer(entry);
  }) as never;
  return {
    sent,
    context: { access: async () => accessFor({ client, uploads: client, bucket: 'b', identityId, signedIn: true, expiration: Date.now() + 3_600_000 }) },
  };
}

/** An SDK-shaped S3 failure with an HTTP status. */
export const s3Failure = (name: string, status: number) => Object.assign(new Error(`${name} (scripted S3)`), { name, $metadata: { httpStatusCode: status } });
