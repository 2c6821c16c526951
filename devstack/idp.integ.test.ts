/**
 * The OpenID provider: PKCE required, RS256 id_tokens with the email that verify against the
 * published keys, refresh tokens for `offline_access`, and a logout that redirects at once.
 */
import { randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { authorize, exchangeCode, type SignInOptions } from './test-support/sign-in.ts';
import { stack, user } from './test-support/stack.ts';

const options = (): SignInOptions => ({
  issuer: stack().idp.issuer,
  clientId: stack().idp.clientId,
  redirectUri: stack().idp.redirectUris.chrome,
  email: user('alice').email,
  password: user('alice').password,
});

async function tokenRequest(body: Record<string, string>): Promise<Response> {
  return fetch(`${stack().idp.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  });
}

describe('the OpenID provider', () => {
  it('issues RS256 id_tokens carrying the email, verifiable with its published keys', async () => {
    const { redirect, verifier } = await authorize(options());
    const tokens = await exchangeCode(options(), redirect.searchParams.get('code')!, verifier);
    const discovery = (await (await fetch(`${stack().idp.issuer}/.well-known/openid-configuration`)).json()) as {
      jwks_uri: string;
      end_session_endpoint: string;
    };
    const { payload } = await jwtVerify(tokens.id_token, createRemoteJWKSet(new URL(discovery.jwks_uri)), {
      issuer: stack().idp.issuer,
      audience: stack().idp.clientId,
    });
    expect(decodeProtectedHeader(tokens.id_token).alg).toBe('RS256');
    expect(payload).toMatchObject({ sub: user('alice').sub, email: user('alice').email, email_verified: true, name: user('alice').name });
    expect(discovery.end_session_endpoint).toBe(`${stack().idp.issuer}/session/end`);
  });

  it('requires PKCE', async () => {
    const params = new URLSearchParams({
      client_id: stack().idp.clientId,
      redirect_uri: stack().idp.redirectUris.chrome,
      response_type: 'code',
      scope: 'openid email',
      state: 's',
      nonce: 'n',
    });
    const response = await fetch(`${stack().idp.issuer}/auth?${params}`, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? 'http://missing/');
    expect(location.origin + location.pathname).toBe(stack().idp.redirectUris.chrome);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('refuses a code exchanged with the wrong verifier', async () => {
    const { redirect } = await authorize(options());
    const response = await tokenRequest({
      grant_type: 'authorization_code',
      code: redirect.searchParams.get('code')!,
      client_id: stack().idp.clientId,
      redirect_uri: stack().idp.redirectUris.chrome,
      code_verifier: randomBytes(32).toString('base64url'),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('issues a refresh token for offline_access with prompt=consent, and refreshes without a login', async () => {
    const { redirect, verifier } = await authorize(options());
    const tokens = await exchangeCode(options(), redirect.searchParams.get('code')!, verifier);
    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token!, client_id: stack().idp.clientId });
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as { id_token: string };
    const claims = JSON.parse(Buffer.from(body.id_token.split('.')[1]!, 'base64url').toString()) as { sub: string; email: string };
    expect(claims).toMatchObject({ sub: user('alice').sub, email: user('alice').email });
  });

  it('logs out through a page that submits itself and redirects to the extension', async () => {
    const { redirect, verifier } = await authorize(options());
    const tokens = await exchangeCode(options(), redirect.searchParams.get('code')!, verifier);
    const postLogout = stack().idp.redirectUris.chrome;
    const page = await fetch(
      `${stack().idp.issuer}/session/end?${new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: postLogout, client_id: stack().idp.clientId })}`,
    );
    const html = await page.text();
    expect(html).toContain('.submit()');
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const fields = Object.fromEntries([...html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    expect(fields.logout).toBe('yes');
    const confirmed = await fetch(new URL(action!, stack().idp.issuer), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: page.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; '),
      },
      body: new URLSearchParams(fields),
    });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toMatch(new RegExp(`^${postLogout.replace(/[.]/g, '\\.')}`));
  });
});
