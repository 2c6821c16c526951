/**
 * Renewal against the devstack's real OpenID provider when the refresh token is refused: first a
 * silent attempt (no window, `prompt=none`), which keeps the user signed in where the provider
 * still has their session, and ends the session with a notice where it has none.
 */
import { describe, expect, inject, it } from 'vitest';
import { authorize } from '../../devstack/test-support/sign-in.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { memoryStorage } from '../../test/fakes/storage.ts';
import { createAuthSession } from './auth-session.ts';
import { identityProvider } from './authorization-server.ts';
import { bindingFor } from './session-binding.ts';
import type { WebAuthFlow } from './web-auth-flow.ts';

const stack = inject('devstack');
const settings = stack.settings as Settings;
const redirectUri = stack.idp.redirectUris.chrome;

/**
 * The browser's flow. `liveSessionOf`: the provider still knows this user (its cookie), so it
 * answers a `prompt=none` request with a code; the stand-in signs them in through the form to get
 * one. Absent: the provider answers `login_required`, as it does without a session.
 */
function silentFlow(liveSessionOf?: (typeof stack.testUsers)[number]) {
  const launches: Array<{ prompt: string | null; interactive: boolean }> = [];
  const flow: WebAuthFlow = {
    redirectUrl: () => redirectUri,
    async launch(url, interactive) {
      const params = new URL(url).searchParams;
      launches.push({ prompt: params.get('prompt'), interactive });
      if (liveSessionOf === undefined) {
        return `${redirectUri}?${new URLSearchParams({ error: 'login_required', state: params.get('state') ?? '', iss: stack.idp.issuer })}`;
      }
      const { redirect } = await authorize(
        { issuer: stack.idp.issuer, clientId: stack.idp.clientId, redirectUri, email: liveSessionOf.email, password: liveSessionOf.password },
        { ...Object.fromEntries(params), prompt: 'consent' },
      );
      return redirect.href;
    },
  };
  return { flow, launches };
}

async function setup(flow: WebAuthFlow, subject: string) {
  const storage = memoryStorage();
  const auth = storage.record('auth');
  const notice = storage.record('authNotice');
  const provider = await identityProvider(settings);
  const user = { binding: bindingFor(settings, provider), subject, idToken: 'stale', idTokenExpiresAt: 0, refreshToken: 'revoked-or-forged' };
  await auth.set(user);
  const session = createAuthSession({
    auth,
    notice,
    credentials: storage.record('credentials'),
    identityProvider,
    flow,
    now: Date.now,
    onEnded: () => undefined,
  });
  return { session, user, auth, notice };
}

describe('renewal after a refused refresh token', () => {
  const alice = stack.testUsers[0]!;

  it("renews silently (no window, prompt=none) where the provider still has the user's session", async () => {
    const { flow, launches } = silentFlow(alice);
    const { session, user, auth } = await setup(flow, alice.sub);
    const renewed = await session.fresh(settings, user);
    expect(launches).toEqual([{ prompt: 'none', interactive: false }]);
    expect(renewed).toMatchObject({ subject: alice.sub, binding: user.binding });
    expect(renewed!.idTokenExpiresAt).toBeGreaterThan(Date.now());
    expect(renewed!.refreshToken).not.toBe('revoked-or-forged');
    expect(await auth.get()).toEqual(renewed);
  });

  it('ends the session with a notice where the provider has no session', async () => {
    const { flow, launches } = silentFlow();
    const { session, user, auth, notice } = await setup(flow, alice.sub);
    expect(await session.fresh(settings, user)).toBeUndefined();
    expect(launches).toEqual([{ prompt: 'none', interactive: false }]);
    expect(await auth.get()).toBeUndefined();
    expect(await notice.get()).toMatchObject({ code: 'session_expired', message: expect.stringContaining('Sign in again') });
  });

  it('does not take the provider session of someone else for this user', async () => {
    const { flow } = silentFlow(stack.testUsers[1]!);
    const { session, user, auth, notice } = await setup(flow, alice.sub);
    expect(await session.fresh(settings, user)).toBeUndefined();
    expect(await auth.get()).toBeUndefined();
    expect(await notice.get()).toMatchObject({ code: 'session_expired' });
  });
});
