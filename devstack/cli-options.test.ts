import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './cli-options.ts';

describe('npm run devstack options', () => {
  it('defaults to the fixed ports the development build expects', () => {
    expect(parseCliOptions([], {})).toMatchObject({ ports: { idp: 9400, cognito: 9401, s3: 9402 }, expiredCredentialsPool: true });
  });

  it('takes ports from flags before the environment', () => {
    expect(parseCliOptions(['--s3-port', '19402'], { TOTE_S3_PORT: '29402', TOTE_IDP_PORT: '19400' })).toMatchObject({
      ports: { idp: 19400, cognito: 9401, s3: 19402 },
    });
  });

  it("keeps the last run's state unless --fresh", () => {
    expect(parseCliOptions([], {})).toMatchObject({ fresh: false });
    expect(parseCliOptions(['--fresh'], {})).toMatchObject({ fresh: true });
  });

  it('refuses a port that is not one', () => {
    expect(() => parseCliOptions(['--idp-port', 'http'], {})).toThrow(/--idp-port must be a port number/);
    expect(() => parseCliOptions([], { TOTE_COGNITO_PORT: '70000' })).toThrow(/--cognito-port/);
  });
});
