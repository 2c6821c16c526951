/**
 * Renewal without UI: with an IdP client whose id_tokens live 2 s, every Cognito call needs the
 * refresh-token grant first. When Tote's AWS credentials have run out, the next S3 call renews
 * the id_token and the credentials by itself and succeeds. A refused refresh token is replaced
 * by a silent authorization (`prompt=none`) while the provider has the session and its grant.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accountLine,
  call,
  cognitoStats,
  readAllStorage,
  resetCognitoStats,
  resetTokenStats,
  signInThroughPopup,
  tokenStats,
  tokensQuiet,
  useDevstack,
} from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

const stack = inject('devstack');

interface StoredSession {
  auth: { idToken: string; idTokenExpiresAt: number; refreshToken?: string };
  credentials: { accessKeyId: string; expiration: number };
}

async function storedSession(page: TestPage): Promise<StoredSession> {
  return (await readAllStorage(page)).session as StoredSession;
}

describe.each(BROWSERS)('renewal in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;

  beforeAll(async () => {
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    const provider = { ...stack.settings.provider, clientId: stack.idp.shortLivedClientId };
    await useDevstack(popup, stack, { provider });
  });

  afterAll(() => session?.close());

  it('renews the id_token with the refresh token and new credentials after they expire, with no UI', async () => {
    await signInThroughPopup(session, popup, stack, stack.testUsers[kind === 'chromium' ? 0 : 1]);
    await accountLine(popup, 'Signed in as', 30_000);
    const before = await storedSession(popup);
    expect(before.auth.refreshToken).toEqual(expect.any(String));

    // Tote's credentials run out (RGW will not issue any shorter than 15 minutes, so the stored
    // expiry is moved into the past); the id_token (2 s) has long expired too.
    await popup.evaluate(async (expired) => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
        storage: { session: { get(k: string): Promise<Record<string, { expiration: number }>>; set(v: unknown): Promise<void> } };
      };
      const { credentials } = await api.storage.session.get('credentials');
      await api.storage.session.set({ credentials: { ...credentials, expiration: expired } });
    }, Date.now() - 1_000);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await resetCognitoStats(stack);

    const listing = await call(popup, 's3.list', { prefix: 'private/${identityId}/' });
    expect(listing).toMatchObject({ ok: true });
    const after = await storedSession(popup);
    expect(after.auth.idToken).not.toBe(before.auth.idToken);
    expect(after.auth.idTokenExpiresAt).toBeGreaterThan(before.auth.idTokenExpiresAt);
    expect(after.credentials.accessKeyId).not.toBe(before.credentials.accessKeyId);
    expect(after.credentials.expiration).toBeGreaterThan(Date.now());
    expect(await cognitoStats(stack)).toMatchObject({ GetId: 0, GetCredentialsForIdentity: 1, errors: 0 });
    expect(await call(popup, 'auth.status')).toMatchObject({ ok: true, value: { state: 'signed-in' } });
  });

  /** Tote's stored refresh token replaced by `refreshToken`, its credentials run out. */
  async function refreshTokenIs(refreshToken: string): Promise<void> {
    await popup.evaluate(
      async ({ expired, refreshToken }) => {
        const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
          storage: { session: { get(k: string): Promise<Record<string, Record<string, unknown>>>; set(v: unknown): Promise<void> } };
        };
        const { auth, credentials } = await api.storage.session.get(['auth', 'credentials'] as never);
        await api.storage.session.set({ auth: { ...auth, refreshToken }, credentials: { ...credentials, expiration: expired } });
      },
      { expired: Date.now() - 1_000, refreshToken },
    );
  }

  it('ends the session as "expired" and continues as a guest when the refresh token was revoked at the provider', async () => {
    const { auth } = (await readAllStorage(popup)).session as { auth: { refreshToken: string } };
    // Revoking a refresh token revokes its grant too (oidc-provider's default), so the silent attempt gets consent_required.
    const revoked = await fetch(`${stack.idp.issuer}/token/revocation`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: auth.refreshToken, token_type_hint: 'refresh_token', client_id: stack.idp.shortLivedClientId }),
    });
    expect(revoked.status).toBe(200);
    await refreshTokenIs(auth.refreshToken);
    const status = await call<{ state: string; notice?: { code: string; message: string } }>(popup, 'auth.status');
    expect(status).toMatchObject({ ok: true, value: { state: 'expired', notice: { code: 'session_expired' } } });
    expect(await accountLine(popup, 'Session expired')).toBe('Session expired');
    const text = JSON.stringify(await readAllStorage(popup));
    expect(text).not.toContain(auth.refreshToken);
    // As a guest again: public/ is readable.
    expect(await call(popup, 's3.list', { prefix: 'public/' })).toMatchObject({ ok: true });
  });

  it('replaces a refused refresh token silently (no window, prompt=none) while the provider still has the session and its grant', async () => {
    // Signed in again: the provider's session is alive, so no form is shown.
    expect(await call(popup, 'auth.signIn')).toMatchObject({ ok: true, value: { state: 'signed-in' } });
    // The popup asks for the new status on its own; once the 2 s id_token has run out that renews it
    // with the real refresh token. Counting starts after that, or it would race the forged token.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await tokensQuiet(stack);
    await resetTokenStats(stack);
    await refreshTokenIs('forged-refresh-token');
    expect(await call(popup, 'auth.status')).toMatchObject({ ok: true, value: { state: 'signed-in' } });
    // The refused refresh grant, then one code grant from the silent authorization request.
    expect(await tokenStats(stack)).toEqual({ authorization_code: 1, refresh_token: 0, errors: 1 });
    expect(JSON.stringify(await readAllStorage(popup))).not.toContain('forged-refresh-token');
    expect(await call(popup, 's3.list', { prefix: 'private/${identityId}/' })).toMatchObject({ ok: true });
  });
});
