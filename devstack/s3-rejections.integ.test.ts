/**
 * RGW checks the credentials the stand-in hands out: a wrong secret, a missing session token or
 * a tampered one are refused; the same request with the real credentials passes. The codes are
 * RGW 16's, which differ from AWS's for the session-token cases (noted beside them).
 */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { WELCOME_KEY } from './rgw/provision.ts';
import { guest, outcome, s3Client, type AwsCredentials } from './test-support/clients.ts';
import { stack } from './test-support/stack.ts';
import { flipCharacter } from './test-support/tamper.ts';

function readWelcome(credentials: AwsCredentials): Promise<string> {
  return outcome(s3Client(stack(), credentials).send(new GetObjectCommand({ Bucket: stack().bucket, Key: WELCOME_KEY })));
}

describe('S3 refuses spoiled credentials', () => {
  it('accepts the issued credentials as they are (the control)', async () => {
    const { credentials } = await guest(stack());
    expect(await readWelcome(credentials)).toBe('allowed');
  });

  it('refuses a wrong secret key', async () => {
    const { credentials } = await guest(stack());
    expect(await readWelcome({ ...credentials, secretAccessKey: flipCharacter(credentials.secretAccessKey) })).toBe('403 SignatureDoesNotMatch');
  });

  it('refuses the key without its session token', async () => {
    const { credentials } = await guest(stack());
    expect(await readWelcome({ accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey })).toBe('403 AccessDenied'); // AWS: InvalidAccessKeyId
  });

  it('refuses a tampered session token', async () => {
    const { credentials } = await guest(stack());
    expect(await readWelcome({ ...credentials, sessionToken: flipCharacter(credentials.sessionToken!) })).toBe('400 InvalidArgument'); // AWS: InvalidToken; RGW cannot decrypt it
  });

  it("refuses another identity's session token with this key", async () => {
    const [a, b] = await Promise.all([guest(stack()), guest(stack())]);
    expect(await readWelcome({ ...a.credentials, sessionToken: b.credentials.sessionToken })).toBe('403 AccessDenied');
  });
});
