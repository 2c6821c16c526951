/**
 * What RGW's STS trusts. Only tokens signed by the stand-in's STS issuer can be exchanged for
 * credentials, and each role takes only its own audience, so a guest token cannot become an
 * authenticated session. Tokens a client can see (GetOpenIdToken's, the IdP's) are refused.
 * The test signs STS tokens itself with the key from the stack's state directory (white box).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetOpenIdTokenCommand } from '@aws-sdk/client-cognito-identity';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { SignJWT, importPKCS8 } from 'jose';
import { describe, expect, it } from 'vitest';
import { STS_AUDIENCE } from './rgw/policies.ts';
import { cognitoClient, guest, signInUser } from './test-support/clients.ts';
import { stack, user } from './test-support/stack.ts';

async function assume(roleArn: string, token: string): Promise<string> {
  const sts = new STSClient({ region: stack().region, endpoint: stack().sts.endpoint, credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' } });
  try {
    await sts.send(
      new AssumeRoleWithWebIdentityCommand({ RoleArn: roleArn, RoleSessionName: 'sts-trust-test', WebIdentityToken: token, DurationSeconds: 900 }),
    );
    return 'allowed';
  } catch (error) {
    // RGW's STS errors carry no code in the body: the status is what there is (devstack/README.md).
    return `refused ${(error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode}`;
  }
}

async function stsToken(audience: string): Promise<string> {
  const [pem, jwks] = await Promise.all([
    readFile(join(stack().stateDir, 'keys', 'sts.key.pem'), 'utf8'),
    fetch(`${stack().cognito.endpoint}/sts/.well-known/jwks.json`).then((r) => r.json() as Promise<{ keys: { kid: string }[] }>),
  ]);
  return new SignJWT({ amr: ['test'] })
    .setProtectedHeader({ alg: 'RS256', kid: jwks.keys[0]!.kid })
    .setIssuer(`${stack().cognito.endpoint}/sts`)
    .setSubject('us-east-1:00000000-0000-4000-8000-000000000000')
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(await importPKCS8(pem, 'RS256'));
}

describe('RGW STS trust', () => {
  const roles = () => stack().sts.roles;

  it('exchanges a stand-in STS token for its own role only', async () => {
    const [guestToken, authToken] = await Promise.all([stsToken(STS_AUDIENCE.guest), stsToken(STS_AUDIENCE.authenticated)]);
    expect(await assume(roles().guest, guestToken)).toBe('allowed');
    expect(await assume(roles().authenticated, authToken)).toBe('allowed');
    expect(await assume(roles().authenticated, guestToken)).toBe('refused 403');
    expect(await assume(roles().guest, authToken)).toBe('refused 403');
  });

  it('refuses the token GetOpenIdToken hands to clients', async () => {
    const { identityId } = await guest(stack());
    const { id_token: idToken } = await signInUser(stack(), user('alice'));
    const { Token } = await cognitoClient(stack()).send(new GetOpenIdTokenCommand({ IdentityId: identityId, Logins: { [stack().idp.loginKey]: idToken } }));
    expect(Token).toBeTruthy();
    expect(await assume(roles().authenticated, Token!)).toBe('refused 403');
    expect(await assume(roles().guest, Token!)).toBe('refused 403');
  });

  it("refuses the identity provider's id_token", async () => {
    const { id_token: idToken } = await signInUser(stack(), user('bob'));
    expect(await assume(roles().authenticated, idToken)).toBe('refused 403');
  });
});
