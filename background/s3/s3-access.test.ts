import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/messaging/errors.ts';
import { accessFor, type S3Access } from './s3-access.ts';

const client = {} as S3Access['client'];
const access = (signedIn: boolean) => accessFor({ client, uploads: client, bucket: 'b', identityId: 'us-east-1:me', signedIn, expiration: 0 });
const refused = Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });

describe('the S3 access object', () => {
  it("resolves key templates with the caller's identity id", () => {
    expect(access(true).resolve('private/${identityId}/notes.txt')).toBe('private/us-east-1:me/notes.txt');
    expect(access(false).resolve('public/a.txt')).toBe('public/a.txt');
  });

  it('words a refusal for a guest as a reason to sign in, and for a user as a matter of access', () => {
    const guest = access(false).failure(refused, 'private/someone/x');
    expect(guest.code).toBe(ErrorCode.AccessDenied);
    expect(guest.message).toMatch(/^Guests cannot do that in "private\/someone\/x"/);
    const user = access(true).failure(refused, 'private/someone/x');
    expect(user.message).toMatch(/You do not have access to "private\/someone\/x"/);
    expect(access(true).failure(refused, 'private/us-east-1:me/x').message).toMatch(/although it is in your own folder/);
  });
});
