/**
 * A restarted devstack carries on: the user's refresh token still works (IdP grants kept), the
 * identity pool still knows the user's identity, the files are still in the bucket, and AWS
 * credentials issued before the restart still sign requests. With `fresh`, all of it is gone.
 */
import { GetCredentialsForIdentityCommand, GetIdCommand } from '@aws-sdk/client-cognito-identity';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StackDescription, StackPorts } from './description.ts';
import { freePort } from './ports.ts';
import { startDevstack, type Devstack } from './stack.ts';
import { authenticated, cognitoClient, guest, outcome, s3Client, signInUser, type AwsCredentials } from './test-support/clients.ts';
import { freshUser } from './test-support/stack.ts';

const refresh = (stack: StackDescription, refreshToken: string): Promise<Response> =>
  fetch(`${stack.idp.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: stack.idp.clientId }),
  });

describe('a restarted devstack', () => {
  let stateDir: string;
  let running: Devstack | undefined;
  afterAll(async () => {
    await running?.stop();
    await rm(stateDir, { recursive: true, force: true });
  });

  async function start(ports: StackPorts, fresh = false): Promise<StackDescription> {
    await running?.stop();
    running = await startDevstack({ ports, stateDir, fresh, expiredCredentialsPool: false });
    return running.description;
  }

  it('keeps sign-ins, identities and files; --fresh forgets them', async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'tote-restart-'));
    const ports = { idp: await freePort(), cognito: await freePort(), s3: await freePort() };
    const first = await start(ports);
    const tokens = await signInUser(first, freshUser('restart'), first.idp.clientId, { scope: 'openid email offline_access', prompt: 'consent' });
    expect(tokens.refresh_token).toBeTruthy();
    const { identityId: guestId } = await guest(first);
    const { identityId, credentials } = await authenticated(first, guestId, tokens.id_token);
    const key = `private/${identityId}/kept.txt`;
    await s3Client(first, credentials).send(new PutObjectCommand({ Bucket: first.bucket, Key: key, Body: 'still here' }));

    const second = await start(ports);
    const read = (stack: StackDescription, with_: AwsCredentials) => s3Client(stack, with_).send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }));
    // Credentials from before the restart: the session-token key and the roles were kept.
    expect(await (await read(second, credentials)).Body!.transformToString()).toBe('still here');
    const refreshed = await refresh(second, tokens.refresh_token!);
    expect(refreshed.status).toBe(200);
    const { id_token: idToken } = (await refreshed.json()) as { id_token: string };
    const logins = { [second.idp.loginKey]: idToken };
    const { IdentityId } = await cognitoClient(second).send(new GetIdCommand({ IdentityPoolId: second.identityPoolId, Logins: logins }));
    expect(IdentityId).toBe(identityId);
    const again = await authenticated(second, identityId, idToken);
    expect(await (await read(second, again.credentials)).Body!.transformToString()).toBe('still here');

    const third = await start(ports, true);
    expect((await refresh(third, tokens.refresh_token!)).status).toBe(400);
    await expect(cognitoClient(third).send(new GetCredentialsForIdentityCommand({ IdentityId: identityId, Logins: logins }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    const admin = { accessKeyId: third.s3Admin.accessKeyId, secretAccessKey: third.s3Admin.secretAccessKey };
    expect(await outcome(read(third, admin))).toBe('404 NoSuchKey');
  }, 240_000);
});
