/**
 * The same guarantees seen through a second, independent client: Debian's AWS CLI talks to the
 * Cognito stand-in (unsigned) and to RGW with the credentials it hands out.
 */
import { describe, expect, it } from 'vitest';
import { WELCOME_KEY, WELCOME_TEXT } from './rgw/provision.ts';
import { aws } from './test-support/aws-cli.ts';
import { signInUser, type AwsCredentials } from './test-support/clients.ts';
import { curl } from './test-support/curl.ts';
import { freshUser, stack, user } from './test-support/stack.ts';

async function cognito(operation: string, args: string[]): Promise<Record<string, unknown>> {
  const result = await aws(['cognito-identity', operation, '--no-sign-request', '--endpoint-url', stack().cognito.endpoint, '--output', 'json', ...args]);
  if (!result.ok) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

async function credentialsFor(identityId: string, logins: string[] = []): Promise<{ identityId: string; credentials: AwsCredentials }> {
  const response = await cognito('get-credentials-for-identity', ['--identity-id', identityId, ...(logins.length ? ['--logins', ...logins] : [])]);
  const c = response.Credentials as { AccessKeyId: string; SecretKey: string; SessionToken: string };
  return { identityId: response.IdentityId as string, credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey, sessionToken: c.SessionToken } };
}

const s3 = (args: string[], credentials: AwsCredentials, input?: string) => aws(['s3', ...args, '--endpoint-url', stack().s3.endpoint], credentials, input);
/**
 * Runs an `s3api` call expected to be refused; returns the HTTP status and S3 error code RGW
 * answered, read from `--debug` output: CLI 2.9 fails on RGW's empty `<Message/>` with a Python
 * TypeError ("argument of type 'NoneType' is not iterable") instead of printing the code.
 */
async function s3refused(args: string[], credentials: AwsCredentials): Promise<{ status: number; code: string } | 'allowed'> {
  const result = await aws(['s3api', ...args, '--endpoint-url', stack().s3.endpoint, '--debug'], credentials);
  if (result.ok) return 'allowed';
  const status = /"[A-Z]+ \/[^"]*" (\d{3})/.exec(result.stderr)?.[1];
  const code = /<Code>([^<]+)<\/Code>/.exec(result.stderr)?.[1];
  return { status: Number(status), code: code ?? '(none)' };
}

describe('through the AWS CLI', () => {
  it('a guest reads public/ and is refused writes', async () => {
    const { IdentityId } = await cognito('get-id', ['--identity-pool-id', stack().identityPoolId]);
    const { credentials } = await credentialsFor(IdentityId as string);
    const read = await s3(['cp', `s3://${stack().bucket}/${WELCOME_KEY}`, '-'], credentials);
    expect(read).toMatchObject({ ok: true, stdout: WELCOME_TEXT });
    const write = await s3refused(['put-object', '--bucket', stack().bucket, '--key', 'public/cli-guest.txt', '--body', '/etc/hostname'], credentials);
    expect(write).toEqual({ status: 403, code: 'AccessDenied' });
  });

  it('a signed-in user keeps the guest id and owns private/<id>/ only', async () => {
    const { IdentityId: guestId } = await cognito('get-id', ['--identity-pool-id', stack().identityPoolId]);
    const { id_token: idToken } = await signInUser(stack(), freshUser('cli'));
    const { identityId, credentials } = await credentialsFor(guestId as string, [`${stack().idp.loginKey}=${idToken}`]);
    expect(identityId).toBe(guestId);
    const own = `s3://${stack().bucket}/private/${identityId}`;
    expect((await s3(['cp', '-', `${own}/cli.txt`], credentials, 'written by the CLI')).ok).toBe(true);
    expect((await s3(['ls', `${own}/`], credentials)).stdout).toMatch(/cli\.txt/);
    expect(await s3(['cp', `${own}/cli.txt`, '-'], credentials)).toMatchObject({ ok: true, stdout: 'written by the CLI' });
    expect((await s3(['rm', `${own}/cli.txt`], credentials)).ok).toBe(true);
    expect((await s3(['ls', `${own}/`], credentials)).stdout).toBe('');
    const others = await s3refused(['list-objects-v2', '--bucket', stack().bucket, '--prefix', 'private/'], credentials);
    expect(others).toEqual({ status: 403, code: 'AccessDenied' });
  });

  it("refuses a tampered login and an unknown pool with Cognito's error codes", async () => {
    await expect(cognito('get-id', ['--identity-pool-id', 'us-east-1:00000000-1111-4222-8333-444444444444'])).rejects.toThrow(/ResourceNotFoundException/);
    const { id_token: idToken } = await signInUser(stack(), user('alice'));
    const tampered = `${idToken.slice(0, -6)}AAAAAA`;
    await expect(cognito('get-id', ['--identity-pool-id', stack().identityPoolId, '--logins', `${stack().idp.loginKey}=${tampered}`])).rejects.toThrow(
      /NotAuthorizedException/,
    );
  });

  it('presigns a GET that curl can fetch', async () => {
    const { IdentityId } = await cognito('get-id', ['--identity-pool-id', stack().identityPoolId]);
    const { credentials } = await credentialsFor(IdentityId as string);
    const presigned = await aws(
      ['s3', 'presign', `s3://${stack().bucket}/${WELCOME_KEY}`, '--expires-in', '60', '--endpoint-url', stack().s3.endpoint],
      credentials,
    );
    expect(presigned.ok).toBe(true);
    expect(await curl(presigned.stdout.trim())).toEqual({ status: 200, body: WELCOME_TEXT });
  });
});
