import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../src/settings/schema.ts';
import { describeStack } from './description.ts';

describe('the stack description', () => {
  const description = describeStack({
    ports: { idp: 9400, cognito: 9401, s3: 9402 },
    admin: { accessKeyId: 'A', secretAccessKey: 'S' },
    tokenLifetimes: { idToken: 60, accessToken: 60, refreshToken: 600, awsCredentials: 900 },
    stateDir: '/x',
    logDir: '/x/logs',
  });

  it("carries settings the extension's schema accepts, pointing at the stack", () => {
    expect(v.parse(SettingsSchema, description.settings)).toEqual({
      version: 1,
      region: 'us-east-1',
      identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
      bucket: 'tote-dev',
      allowGuests: true,
      s3: { endpoint: 'http://127.0.0.1:9402', forcePathStyle: true },
      cognitoEndpoint: 'http://127.0.0.1:9401',
      provider: { type: 'oidc', issuer: 'http://127.0.0.1:9400', clientId: 'tote-dev', scopes: ['openid', 'email', 'profile', 'offline_access'] },
    });
  });

  it('uses the issuer without its scheme as the login key', () => {
    expect(description.idp.loginKey).toBe('127.0.0.1:9400');
  });
});
