/** The stack's outputs, as a deployment would print them, are a valid Tote settings file. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../src/settings/schema.ts';
import { FAKE, fakeDeployment } from './testing/deployment.ts';
import { evaluate } from './testing/intrinsics.ts';
import { template } from './testing/synthesized.ts';

/** Every output's deployed value, for one choice of parameters. */
function outputs(parameters: Record<string, string>): Record<string, string> {
  const deployment = fakeDeployment(template, parameters);
  const entries = Object.entries(template.Outputs ?? {}).map(([key, output]) => [key, evaluate(template, deployment, output.Value)]);
  for (const [key, value] of entries) expect(typeof value, `output ${key}`).toBe('string');
  return Object.fromEntries(entries) as Record<string, string>;
}

const expected = (allowGuests: boolean) => ({
  version: 1,
  region: FAKE.region,
  identityPoolId: FAKE.identityPoolId,
  bucket: FAKE.bucket,
  allowGuests,
  provider: {
    type: 'cognito-user-pool',
    domain: `https://${FAKE.prefix}.auth.${FAKE.region}.amazoncognito.com`,
    clientId: FAKE.clientId,
    userPoolId: FAKE.userPoolId,
    scopes: ['openid', 'email', 'profile'],
  },
});

describe('settings output', () => {
  for (const allowGuests of [true, false]) {
    it(`is a whole settings file that the options page accepts (AllowGuests=${allowGuests})`, () => {
      const json = JSON.parse(outputs({ AllowGuests: String(allowGuests) }).Settings ?? 'null');
      expect(v.safeParse(SettingsSchema, json).issues).toBeUndefined();
      // Exact equality also proves there is no `s3` or `cognitoEndpoint`: real AWS needs neither.
      expect(json).toEqual(expected(allowGuests));
    });
  }

  it('repeats each field as its own output', () => {
    const out = outputs({ AllowGuests: 'false' });
    const assembled = {
      version: 1,
      region: out.Region,
      identityPoolId: out.IdentityPoolId,
      bucket: out.BucketName,
      allowGuests: out.GuestAccess === 'true',
      provider: {
        type: 'cognito-user-pool',
        domain: out.SignInDomain,
        clientId: out.UserPoolClientId,
        userPoolId: out.UserPoolId,
        scopes: out.Scopes?.split(' '),
      },
    };
    expect(assembled).toEqual(JSON.parse(out.Settings ?? 'null'));
    expect(out.GuestAccess).toBe('false');
  });
});
