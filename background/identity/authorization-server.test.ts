import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/settings/schema.ts';
import { identityProvider, oidcLoginKey } from './authorization-server.ts';

const base: Settings = {
  version: 1,
  region: 'eu-west-1',
  identityPoolId: 'eu-west-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
  bucket: 'files',
  allowGuests: true,
};

describe('identity provider presets', () => {
  it('derives the Cognito hosted UI endpoints, issuer and login key from domain, client and pool', async () => {
    const provider = await identityProvider({
      ...base,
      provider: {
        type: 'cognito-user-pool',
        domain: 'https://team.auth.eu-west-1.amazoncognito.com/',
        clientId: 'client-1',
        userPoolId: 'eu-west-1_AbC123',
        scopes: ['openid', 'email'],
      },
    });
    expect(provider.loginKey).toBe('cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123');
    expect(provider.as).toEqual({
      issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123',
      authorization_endpoint: 'https://team.auth.eu-west-1.amazoncognito.com/oauth2/authorize',
      token_endpoint: 'https://team.auth.eu-west-1.amazoncognito.com/oauth2/token',
      revocation_endpoint: 'https://team.auth.eu-west-1.amazoncognito.com/oauth2/revoke',
      jwks_uri: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123/.well-known/jwks.json',
      end_session_endpoint: 'https://team.auth.eu-west-1.amazoncognito.com/logout',
    });
    expect(provider.client).toEqual({ client_id: 'client-1', token_endpoint_auth_method: 'none' });
  });

  it('uses the issuer without its scheme as the OIDC login key', () => {
    expect(oidcLoginKey('https://accounts.example.com')).toBe('accounts.example.com');
    expect(oidcLoginKey('https://login.example.com/tenant/v2.0/')).toBe('login.example.com/tenant/v2.0');
    expect(oidcLoginKey('http://127.0.0.1:9400')).toBe('127.0.0.1:9400');
  });

  it('says an unreachable issuer is unreachable, and that no provider means no sign-in', async () => {
    await expect(
      identityProvider({ ...base, provider: { type: 'oidc', issuer: 'http://127.0.0.1:9', clientId: 'c', scopes: ['openid'] } }),
    ).rejects.toMatchObject({ code: 'idp_unreachable', message: expect.stringContaining('http://127.0.0.1:9/') });
    await expect(identityProvider(base)).rejects.toMatchObject({ code: 'not_configured' });
  });
});
