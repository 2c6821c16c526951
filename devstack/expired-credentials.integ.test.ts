/**
 * S3 refuses expired AWS credentials. RGW will not issue a session shorter than 900 s, so the
 * stack has a pool whose credentials come from a second gateway running 1000 s in the past
 * (libfaketime): they are born expired by the real clock of the gateway that serves S3.
 */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { WELCOME_KEY } from './rgw/provision.ts';
import { guest, outcome, s3Client, type AwsCredentials } from './test-support/clients.ts';
import { stack } from './test-support/stack.ts';

const readWelcome = (s3: S3Client): Promise<string> => outcome(s3.send(new GetObjectCommand({ Bucket: stack().bucket, Key: WELCOME_KEY })));

describe('expired AWS credentials', () => {
  it('are refused by S3', async () => {
    const past = stack().expiredCredentials;
    expect(past, 'the stack runs the expired-credentials pool').not.toBeNull();
    const { credentials } = await guest(stack(), past!.identityPoolId);
    expect(credentials.expiration!.getTime()).toBeLessThan(Date.now());
    // RGW answers AccessDenied where AWS answers ExpiredToken.
    expect(await readWelcome(s3Client(stack(), credentials))).toBe('403 AccessDenied');
  });

  it("were refused for their age alone: in the issuing gateway's past, the same credentials work", async () => {
    const past = stack().expiredCredentials!;
    const { credentials } = await guest(stack(), past.identityPoolId);
    const inThePast = (c: AwsCredentials): S3Client =>
      new S3Client({
        region: stack().region,
        endpoint: past.gatewayEndpoint,
        forcePathStyle: true,
        credentials: c,
        // Sign with the gateway's clock, or it refuses the request as skewed (> 15 min).
        systemClockOffset: past.clockOffsetSeconds * 1000,
      });
    expect(await readWelcome(inThePast(credentials))).toBe('allowed');
  });

  it("fresh credentials from the normal pool live long past the SDK's refresh margin", async () => {
    const { credentials } = await guest(stack());
    expect(credentials.expiration!.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
  });
});
