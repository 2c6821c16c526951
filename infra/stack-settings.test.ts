import { describe, expect, it } from 'vitest';
import { settingsFromDescribeStacks } from './stack-settings.ts';

const settings = {
  version: 1,
  region: 'eu-west-1',
  identityPoolId: 'eu-west-1:4f3e2d1c-0b9a-4876-a543-210fedcba987',
  bucket: 'tote-bucket83908e77-abcdef',
  allowGuests: false,
  provider: {
    type: 'cognito-user-pool',
    domain: 'https://acme-tote.auth.eu-west-1.amazoncognito.com',
    clientId: '1example23456789abcdefghij',
    userPoolId: 'eu-west-1_AbC123',
    scopes: ['openid', 'email', 'profile'],
  },
};

/** The shape `aws cloudformation describe-stacks --output json` prints. */
const describeStacks = (outputs: { OutputKey: string; OutputValue: string }[], name = 'Tote') => ({
  Stacks: [{ StackName: name, StackStatus: 'CREATE_COMPLETE', Outputs: outputs }],
});

describe('settings from describe-stacks', () => {
  it('returns the Settings output as a settings file', () => {
    const result = settingsFromDescribeStacks(
      describeStacks([
        { OutputKey: 'Region', OutputValue: 'eu-west-1' },
        { OutputKey: 'Settings', OutputValue: JSON.stringify(settings) },
      ]),
    );
    expect(result).toEqual(settings);
  });

  it('explains a missing output (stack still creating, or another stack)', () => {
    const creating = { Stacks: [{ StackName: 'Tote', StackStatus: 'CREATE_IN_PROGRESS' }] };
    expect(() => settingsFromDescribeStacks(creating)).toThrow(/no stack has a "Settings" output.*Tote \(CREATE_IN_PROGRESS\)/);
  });

  it('refuses to guess between several Tote stacks', () => {
    const two = {
      Stacks: [
        ...describeStacks([{ OutputKey: 'Settings', OutputValue: JSON.stringify(settings) }]).Stacks,
        ...describeStacks([{ OutputKey: 'Settings', OutputValue: JSON.stringify(settings) }], 'Tote2').Stacks,
      ],
    };
    expect(() => settingsFromDescribeStacks(two)).toThrow(/several stacks/);
  });

  it('rejects a settings output that does not match the schema, naming the field', () => {
    const broken = { ...settings, identityPoolId: 'not-a-pool' };
    expect(() => settingsFromDescribeStacks(describeStacks([{ OutputKey: 'Settings', OutputValue: JSON.stringify(broken) }]))).toThrow(/identityPoolId/);
  });
});
