/**
 * The Cognito stand-in refuses what Cognito refuses: tampered, wrong-audience and expired
 * id_tokens (NotAuthorizedException), unknown pools and identities (ResourceNotFoundException).
 * Each refusal is paired with the same request made valid, so the test shows the cause.
 */
import { GetCredentialsForIdentityCommand, GetIdCommand } from '@aws-sdk/client-cognito-identity';
import { describe, expect, it } from 'vitest';
import { authenticated, cognitoClient, guest, signInUser } from './test-support/clients.ts';
import { stack, user } from './test-support/stack.ts';
import { tamperJwt } from './test-support/tamper.ts';

function getIdWith(token: string, loginKey = stack().idp.loginKey) {
  return cognitoClient(stack()).send(new GetIdCommand({ IdentityPoolId: stack().identityPoolId, Logins: { [loginKey]: token } }));
}

describe('the Cognito stand-in refuses bad logins', () => {
  it('refuses a tampered id_token (another subject, original signature)', async () => {
    const { id_token: token } = await signInUser(stack(), user('alice'));
    await expect(getIdWith(token)).resolves.toMatchObject({ IdentityId: expect.any(String) });
    const forged = tamperJwt(token, (claims) => {
      claims.sub = user('bob').sub;
    });
    await expect(getIdWith(forged)).rejects.toMatchObject({ name: 'NotAuthorizedException', message: expect.stringMatching(/signature/i) });
    const { identityId } = await guest(stack());
    await expect(authenticated(stack(), identityId, forged)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('refuses an id_token issued to another client (wrong audience)', async () => {
    const { id_token: token } = await signInUser(stack(), user('alice'), stack().idp.otherClientId);
    await expect(getIdWith(token)).rejects.toMatchObject({ name: 'NotAuthorizedException', message: expect.stringMatching(/audience/i) });
  });

  it('refuses an expired id_token', async () => {
    const { id_token: token } = await signInUser(stack(), user('bob'), stack().idp.shortLivedClientId);
    await expect(getIdWith(token)).resolves.toMatchObject({ IdentityId: expect.any(String) });
    const exp = (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number }).exp;
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 1100));
    await expect(getIdWith(token)).rejects.toMatchObject({ name: 'NotAuthorizedException', message: expect.stringMatching(/expired/i) });
  });

  it('refuses a login key the pool does not know', async () => {
    const { id_token: token } = await signInUser(stack(), user('alice'));
    await expect(getIdWith(token, 'accounts.example.com')).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });
});

describe('the Cognito stand-in refuses unknown resources', () => {
  it('answers ResourceNotFoundException for an unknown pool', async () => {
    const attempt = cognitoClient(stack()).send(new GetIdCommand({ IdentityPoolId: 'us-east-1:00000000-1111-4222-8333-444444444444' }));
    await expect(attempt).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('answers ResourceNotFoundException for an identity id it never issued', async () => {
    const attempt = cognitoClient(stack()).send(new GetCredentialsForIdentityCommand({ IdentityId: 'us-east-1:00000000-1111-4222-8333-444444444444' }));
    await expect(attempt).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('keeps one identity per subject and pool: the same user in the other pool is another identity', async () => {
    const { id_token: token } = await signInUser(stack(), user('alice'));
    const logins = { [stack().idp.loginKey]: token };
    const cognito = cognitoClient(stack());
    const [a1, a2, other] = await Promise.all([
      cognito.send(new GetIdCommand({ IdentityPoolId: stack().identityPools.guests, Logins: logins })),
      cognito.send(new GetIdCommand({ IdentityPoolId: stack().identityPools.guests, Logins: logins })),
      cognito.send(new GetIdCommand({ IdentityPoolId: stack().identityPools.noGuests, Logins: logins })),
    ]);
    expect(a1.IdentityId).toBe(a2.IdentityId);
    expect(other.IdentityId).not.toBe(a1.IdentityId);
  });
});
