import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ContentScopeSchema, SettingsSchema } from './schema.ts';

const valid = {
  version: 1,
  region: 'us-east-1',
  identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
  bucket: 'tote-dev',
  allowGuests: true,
  s3: { endpoint: 'http://127.0.0.1:9402', forcePathStyle: true },
  cognitoEndpoint: 'http://127.0.0.1:9401',
  provider: { type: 'oidc', issuer: 'http://127.0.0.1:9400', clientId: 'tote-dev' },
};

describe('SettingsSchema', () => {
  it('accepts a complete settings file and fills default scopes', () => {
    const parsed = v.parse(SettingsSchema, valid);
    expect(parsed.provider?.scopes).toEqual(['openid', 'email', 'profile', 'offline_access']);
  });

  it('accepts a Cognito user pool provider', () => {
    const provider = { type: 'cognito-user-pool', domain: 'https://tote.auth.eu-west-1.amazoncognito.com', clientId: 'abc', userPoolId: 'eu-west-1_AbC123' };
    expect(v.safeParse(SettingsSchema, { ...valid, region: 'eu-west-1', provider }).success).toBe(true);
  });

  it.each([
    ['an unknown version', { ...valid, version: 2 }],
    ['a bad region', { ...valid, region: 'mars' }],
    ['a bad pool id', { ...valid, identityPoolId: 'us-east-1_nope' }],
    ['a bad bucket', { ...valid, bucket: 'No_Such' }],
    ['an extra key', { ...valid, secretAccessKey: 'x' }],
    ['a non-http endpoint', { ...valid, s3: { endpoint: 'javascript:alert(1)', forcePathStyle: true } }],
    ['an unknown provider type', { ...valid, provider: { type: 'saml', issuer: 'https://x' } }],
  ])('rejects %s', (_label, input) => {
    expect(v.safeParse(SettingsSchema, input).success).toBe(false);
  });

  describe('content scope origins', () => {
    const scope = (origin: string) => ({ origin, prefix: 'public/inbox/', allow: ['put'] });
    it.each([
      'https://notes.example.com',
      'https://notes.example.com:8443',
      'http://127.0.0.1:8080',
      'http://localhost',
      'http://localhost:3000',
      'http://[::1]:8080',
    ])('accepts %s', (origin) => {
      expect(v.safeParse(ContentScopeSchema, scope(origin)).success).toBe(true);
    });

    it.each([
      ['http://notes.example.com', 'must start with https://'],
      ['http://192.168.1.10', 'must start with https://'],
      ['http://127.0.0.2', 'must start with https://'],
      ['http://localhost.example.com', 'must start with https://'],
      ['http://[::2]', 'must be an origin'],
      ['https://notes.example.com/app', 'must be an origin such as https://example.com (no path)'],
      ['ftp://notes.example.com', 'must be an origin'],
    ])('refuses %s and says what to write instead', (origin, message) => {
      const parsed = v.safeParse(ContentScopeSchema, scope(origin));
      expect(parsed.success).toBe(false);
      expect(parsed.issues?.[0]?.message).toContain(message);
    });
  });
});
