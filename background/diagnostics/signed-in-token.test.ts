import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/settings/schema.ts';
import type { SignedIn } from '../../src/storage/identity-records.ts';
import { signedInToken } from './signed-in-token.ts';

const saved: Settings = {
  version: 1,
  region: 'us-east-1',
  identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
  bucket: 'tote',
  allowGuests: true,
  cognitoEndpoint: 'http://127.0.0.1:9401',
  provider: { type: 'oidc', issuer: 'http://127.0.0.1:9400', clientId: 'tote-dev', scopes: ['openid'] },
};
const binding = {
  identityPoolId: saved.identityPoolId,
  region: 'us-east-1',
  cognitoEndpoint: 'http://127.0.0.1:9401',
  issuer: 'http://127.0.0.1:9400',
  clientId: 'tote-dev',
  tokenEndpoint: 'http://127.0.0.1:9400/token',
  loginKey: '127.0.0.1:9400',
};
const user: SignedIn = { binding, subject: 's', idToken: 'the-id-token', idTokenExpiresAt: 10_000_000 };
const record = (value: SignedIn | undefined) => ({ get: async () => value });
function token(form: Settings, given: { who?: SignedIn | undefined; stored?: Settings | undefined } = {}) {
  const who = 'who' in given ? given.who : user;
  const stored = 'stored' in given ? given.stored : saved;
  return signedInToken(
    record(who),
    async () => stored,
    () => 0,
  )(form);
}

describe('which settings may see the signed-in token', () => {
  it('the saved Cognito service, for the provider that issued it — another pool there too', async () => {
    expect(await token(saved)).toBe('the-id-token');
    expect(await token({ ...saved, identityPoolId: 'us-east-1:00000000-0000-4000-8000-000000000000', bucket: 'other' })).toBe('the-id-token');
  });

  it('never an endpoint or region the saved settings do not use', async () => {
    expect(await token({ ...saved, cognitoEndpoint: 'https://typo.example' })).toBeUndefined();
    expect(await token({ ...saved, region: 'eu-west-1' })).toBeUndefined();
    expect(await token(saved, { stored: undefined })).toBeUndefined();
  });

  it('not for another provider, nobody signed in, or a token about to expire', async () => {
    expect(await token({ ...saved, provider: { type: 'oidc', issuer: 'https://accounts.example.com', clientId: 'c', scopes: ['openid'] } })).toBeUndefined();
    expect(await token(saved, { who: undefined })).toBeUndefined();
    expect(await token(saved, { who: { ...user, idTokenExpiresAt: 30_000 } })).toBeUndefined();
  });
});
