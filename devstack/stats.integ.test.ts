/** `GET /_stats` counts Cognito round trips per operation; `POST /_stats/reset` zeroes them. */
import { GetCredentialsForIdentityCommand, GetOpenIdTokenCommand } from '@aws-sdk/client-cognito-identity';
import { describe, expect, it } from 'vitest';
import type { Stats } from './cognito/stats.ts';
import { cognitoClient, guest } from './test-support/clients.ts';
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
    await expect(cognitoClient(stack()).send(new GetCredentialsForIdentityCommand({ IdentityId: 'us-east-1:00000000-0000-4000-8000-000000000000' }))).rejects.toThrow();
    expect(await stats()).toEqual({ GetId: 1, GetCredentialsForIdentity: 2, GetOpenIdToken: 1, errors: 1 });

    const reset = await fetch(stack().cognito.resetStatsUrl, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(await stats()).toEqual({ GetId: 0, GetCredentialsForIdentity: 0, GetOpenIdToken: 0, errors: 0 });
  });
});
