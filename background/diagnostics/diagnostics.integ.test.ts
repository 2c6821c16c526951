/**
 * Test connection's steps against the real devstack (OpenID provider, Cognito stand-in, RGW):
 * good settings pass every step; a wrong pool id, a wrong bucket, a login key the pool does not
 * know, a wrong issuer and a foreign extension origin each fail at the step that names them.
 */
import { describe, expect, inject, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../../devstack/constants.ts';
import { signInUser } from '../../devstack/test-support/clients.ts';
import type { DiagnosticStep } from '../../src/messaging/protocol.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { nodePreflight } from '../../test/support/node-preflight.ts';
import { runSteps } from './run-steps.ts';
import type { DiagnosticsDependencies } from './step.ts';
import { DIAGNOSTIC_STEPS } from './steps.ts';

const stack = inject('devstack');
const settings = stack.settings as Settings;
const origin = `chrome-extension://${CHROME_EXTENSION_ID}`;

function run(overrides: Partial<Settings>, deps: Partial<DiagnosticsDependencies> = {}): Promise<DiagnosticStep[]> {
  return runSteps(
    DIAGNOSTIC_STEPS,
    { settings: { ...settings, ...overrides } },
    {
      signedInToken: async () => undefined,
      preflight: nodePreflight(origin),
      origin,
      ...deps,
    },
  );
}

const statuses = (steps: DiagnosticStep[]) => Object.fromEntries(steps.map((step) => [step.id, step.status]));
const step = (steps: DiagnosticStep[], id: DiagnosticStep['id']) => steps.find((s) => s.id === id) as DiagnosticStep;

describe('Test connection against the devstack', () => {
  it("passes every step with the stack's settings", async () => {
    const steps = await run({});
    expect(statuses(steps)).toEqual({ idp: 'ok', getId: 'ok', guestCredentials: 'ok', loginKey: 'ok', bucket: 'ok', cors: 'ok' });
    expect(step(steps, 'bucket').message).toContain('"public/"');
    expect(JSON.stringify(steps)).not.toMatch(/AccessKeyId|SessionToken|eyJ/);
  });

  it('checks a signed-in user on a sign-in-only pool: guest credentials do not apply, the login and their folder pass', async () => {
    const { id_token: token } = await signInUser(stack, stack.testUsers[0]!);
    const steps = await run({ identityPoolId: stack.identityPools.noGuests, allowGuests: false }, { signedInToken: async () => token });
    expect(statuses(steps)).toEqual({ idp: 'ok', getId: 'ok', guestCredentials: 'skipped', loginKey: 'ok', bucket: 'ok', cors: 'ok' });
    expect(step(steps, 'loginKey').message).toContain('accepted your sign-in');
    expect(step(steps, 'bucket').message).toMatch(/You may list "private\/us-east-1:[0-9a-f-]+\/"/);
    expect(JSON.stringify(steps)).not.toContain(token);
  });

  it('fails at GetId for a pool id the region does not have, and skips what needs the pool', async () => {
    const steps = await run({ identityPoolId: 'us-east-1:00000000-1111-4222-8333-444444444444' });
    expect(statuses(steps)).toEqual({ idp: 'ok', getId: 'failed', guestCredentials: 'skipped', loginKey: 'skipped', bucket: 'skipped', cors: 'skipped' });
    expect(step(steps, 'getId')).toMatchObject({
      message: expect.stringContaining('does not know the identity pool'),
      fix: expect.stringContaining('identity pool id'),
    });
    expect(step(steps, 'bucket').message).toContain('"Identity pool (GetId)" failed');
  });

  it('fails at bucket access for a bucket that does not exist', async () => {
    const steps = await run({ bucket: 'no-such-bucket-here' });
    expect(statuses(steps)).toEqual({ idp: 'ok', getId: 'ok', guestCredentials: 'ok', loginKey: 'ok', bucket: 'failed', cors: 'skipped' });
    expect(step(steps, 'bucket')).toMatchObject({ message: expect.stringContaining('does not exist'), fix: expect.stringContaining('bucket name') });
  });

  it('fails at the login key when the pool knows another provider — with no one signed in, and with a real sign-in', async () => {
    const pool = { identityPoolId: stack.identityPools.otherProvider };
    const probed = await run(pool);
    expect(statuses(probed)).toEqual({ idp: 'ok', getId: 'ok', guestCredentials: 'ok', loginKey: 'failed', bucket: 'ok', cors: 'ok' });
    expect(step(probed, 'loginKey')).toMatchObject({
      message: expect.stringContaining(`"${stack.idp.loginKey}"`),
      fix: expect.stringContaining('add the identity provider'),
    });
    const { id_token: token } = await signInUser(stack, stack.testUsers[1]!);
    const signedIn = await run(pool, { signedInToken: async () => token });
    expect(step(signedIn, 'loginKey').status).toBe('failed');
  });

  it("fails at the identity provider for an issuer that is not the provider's", async () => {
    const steps = await run({
      provider: { type: 'oidc', issuer: stack.idp.issuer.replace('127.0.0.1', 'localhost'), clientId: stack.idp.clientId, scopes: ['openid'] },
    });
    expect(step(steps, 'idp')).toMatchObject({ status: 'failed', fix: expect.stringContaining('issuer') });
  });

  it('fails at CORS for an extension origin the bucket does not allow, and offers host access to the endpoint', async () => {
    const stranger = 'chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    const steps = await run({}, { preflight: nodePreflight(stranger), origin: stranger });
    expect(statuses(steps)).toMatchObject({ bucket: 'ok', cors: 'failed' });
    expect(step(steps, 'cors')).toMatchObject({
      fix: expect.stringContaining(`AllowedOrigins ["${stranger}"]`),
      needsAccessTo: new URL(stack.s3.endpoint).origin,
    });
  });
});
