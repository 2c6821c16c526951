/**
 * The sign-in flow's checks against the devstack's real OpenID provider: the login form is
 * submitted over HTTP (devstack/test-support), and the answer is tampered with on the way back.
 */
import { describe, expect, inject, it } from 'vitest';
import { authorize } from '../../devstack/test-support/sign-in.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { identityProvider } from './authorization-server.ts';
import { runSignIn } from './sign-in-flow.ts';
import type { WebAuthFlow } from './web-auth-flow.ts';

const stack = inject('devstack');
const user = stack.testUsers[0]!;
const redirectUri = stack.idp.redirectUris.chrome;

/**
 * A web auth flow that signs `user` in through the IdP's form. `alterRequest` changes what is
 * sent to the IdP; `alterAnswer` what comes back to Tote.
 */
function formFlow(options: { alterRequest?: (params: URLSearchParams) => void; alterAnswer?: (redirect: URL) => void } = {}): WebAuthFlow {
  return {
    redirectUrl: () => redirectUri,
    async launch(url) {
      const params = new URL(url).searchParams;
      options.alterRequest?.(params);
      const { redirect } = await authorize(
        { issuer: stack.idp.issuer, clientId: stack.idp.clientId, redirectUri, email: user.email, password: user.password },
        Object.fromEntries(params),
      );
      options.alterAnswer?.(redirect);
      return redirect.href;
    },
  };
}

const settings = stack.settings as Settings;

describe('sign-in flow against the OpenID provider', () => {
  it('signs in with PKCE, state and nonce, and keeps a checked id_token and a refresh token', async () => {
    const tokens = await runSignIn(await identityProvider(settings), formFlow());
    expect(tokens).toMatchObject({ subject: user.sub, email: user.email, name: user.name, refreshToken: expect.any(String) });
    expect(tokens.idTokenExpiresAt).toBeGreaterThan(Date.now());
  });

  it('refuses an answer whose state was tampered with', async () => {
    const flow = formFlow({ alterAnswer: (redirect) => redirect.searchParams.set('state', 'forged-state') });
    await expect(runSignIn(await identityProvider(settings), flow)).rejects.toMatchObject({
      code: 'sign_in_rejected',
      message: expect.stringContaining('state check failed'),
    });
  });

  it('refuses an id_token issued for another nonce', async () => {
    const flow = formFlow({ alterRequest: (params) => params.set('nonce', 'a-nonce-tote-never-made') });
    await expect(runSignIn(await identityProvider(settings), flow)).rejects.toMatchObject({
      code: 'sign_in_rejected',
      message: expect.stringContaining('nonce'),
    });
  });

  it('refuses a code exchanged without the PKCE verifier it was issued for', async () => {
    const flow = formFlow({ alterRequest: (params) => params.set('code_challenge', 'A'.repeat(43)) });
    await expect(runSignIn(await identityProvider(settings), flow)).rejects.toMatchObject({
      code: 'sign_in_rejected',
      message: expect.stringContaining('invalid_grant'),
    });
  });

  it('reports a provider error in the redirect (the user denied access)', async () => {
    const flow = formFlow({
      alterAnswer: (redirect) => {
        redirect.search = new URLSearchParams({
          error: 'access_denied',
          error_description: 'The user said no',
          state: redirect.searchParams.get('state') ?? '',
          iss: stack.idp.issuer,
        }).toString();
      },
    });
    await expect(runSignIn(await identityProvider(settings), flow)).rejects.toMatchObject({
      code: 'sign_in_rejected',
      message: expect.stringContaining('access_denied'),
    });
  });
});
