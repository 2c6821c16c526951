import { describe, expect, it } from 'vitest';
import { objectUrl } from './bucket-url.ts';
import { classifyLoginRefusal, issuerOf, loginKeyOf, probeToken } from './login-key.ts';
import type { Settings } from '../../src/settings/schema.ts';

const oidc = { type: 'oidc' as const, issuer: 'https://accounts.example.com/', clientId: 'c', scopes: ['openid'] };
const cognito = {
  type: 'cognito-user-pool' as const,
  domain: 'https://x.auth.eu-west-1.amazoncognito.com',
  clientId: 'c',
  userPoolId: 'eu-west-1_AbC123',
  scopes: ['openid'],
};

describe('login keys', () => {
  it("follows Cognito's rules for each preset", () => {
    expect(loginKeyOf(oidc)).toBe('accounts.example.com');
    expect(loginKeyOf(cognito)).toBe('cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123');
    expect(issuerOf(cognito)).toBe('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123');
  });

  it("tells an unknown provider (Cognito's and the stand-in's words) from a wrong audience and a bad token", () => {
    expect(classifyLoginRefusal('Token is not from a supported provider of this identity pool.')).toBe('unknown-provider');
    expect(classifyLoginRefusal("Invalid login token. Login provider 'x' is not configured for identity pool 'p'.")).toBe('unknown-provider');
    expect(classifyLoginRefusal("Invalid login token. Issuer doesn't match providerName.")).toBe('unknown-provider');
    expect(classifyLoginRefusal('Invalid login token. Incorrect token audience.')).toBe('wrong-audience');
    expect(classifyLoginRefusal('Invalid login token. Invalid signature.')).toBe('token');
  });

  it("makes a probe token naming the provider's issuer and client, signed by nobody", () => {
    const [header, payload, signature] = probeToken(oidc, 1000).split('.');
    const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString());
    expect(decode(header!)).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(decode(payload!)).toEqual({ iss: 'https://accounts.example.com/', aud: 'c', sub: 'tote-diagnostics-probe', iat: 1000, exp: 1300 });
    expect(signature).toBeTruthy();
  });
});

describe('objectUrl', () => {
  const base = { region: 'eu-west-1', bucket: 'b' } as Settings;
  it('addresses AWS by virtual host, a custom endpoint by path or host, and encodes the key', () => {
    expect(objectUrl(base, 'public/a b')).toBe('https://b.s3.eu-west-1.amazonaws.com/public/a%20b');
    expect(objectUrl({ ...base, s3: { endpoint: 'http://127.0.0.1:9402', forcePathStyle: true } }, 'k')).toBe('http://127.0.0.1:9402/b/k');
    expect(objectUrl({ ...base, s3: { endpoint: 'https://minio.example', forcePathStyle: false } }, 'k')).toBe('https://b.minio.example/k');
  });
});
