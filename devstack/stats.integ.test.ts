/**
 * `GET /_stats` counts Cognito round trips per operation, and the IdP's token endpoint grants by
 * type; `POST /_stats/reset` zeroes them.
 */
import { GetCredentialsForIdentityCommand, GetOpenIdTokenCommand } from '@aws-sdk/client-cognito-identity';
import { describe, expect, it } from 'vitest';
import type { Stats } from './cognito/stats.ts';
import type { TokenStats } from './idp/token-stats.ts';
import { cognitoClient, guest, signInUser } from './test-support/clients.ts';
import { stack } from './test-support/stack.ts';

async function stats(): Promise<Stats> {
  return (await fetch(stack().cognito.statsUrl)).json() as Promise<Stats>;
}

describe('Cognito call counts', () => {
  it('counts each operation, failures included, and resets', async () => {
    await fetch(stack().cognito.resetStatsUrl, { method: 'POST' });
    expect(await stats()).toEqual({ GetId: 0, GetCredentialsForIdentity: 0, GetOpenIdToken: 0, errors: 0 });

    const { identityId } = await guest(stack());
    await cognitoClient(stack()).send(new GetOpenIdTokenCommand({ IdentityId: identityId }));
    await expect(
      cognitoClient(stack()).send(new GetCredentialsForIdentityCommand({ IdentityId: 'us-east-1:00000000-0000-4000-8000-000000000000' })),
    ).rejects.toThrow();
    expect(await stats()).toEqual({ GetId: 1, GetCredentialsForIdentity: 2, GetOpenIdToken: 1, errors: 1 });

    const reset = await fetch(stack().cognito.resetStatsUrl, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(await stats()).toEqual({ GetId: 0, GetCredentialsForIdentity: 0, GetOpenIdToken: 0, errors: 0 });
  });
});

describe('IdP token endpoint counts', () => {
  const tokenStats = async () => (await fetch(stack().idp.statsUrl)).json() as Promise<TokenStats>;
  const refresh = (token: string) =>
    fetch(`${stack().idp.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token, client_id: stack().idp.clientId }),
    });

  it('counts code and refresh-token grants and refusals, and resets', async () => {
    await fetch(stack().idp.resetStatsUrl, { method: 'POST' });
    const tokens = await signInUser(stack(), stack().testUsers[0]!);
    expect((await refresh(tokens.refresh_token!)).status).toBe(200);
    expect((await refresh('forged')).status).toBe(400);
    expect(await tokenStats()).toEqual({ authorization_code: 1, refresh_token: 1, errors: 1 });
    await fetch(stack().idp.resetStatsUrl, { method: 'POST' });
    expect(await tokenStats()).toEqual({ authorization_code: 0, refresh_token: 0, errors: 0 });
  });
});
