/**
 * Identity in real browsers against the devstack: guest → signed in (same identity), restart
 * with zero Cognito calls, single flight on a cold worker, sign-out wiping secrets, cancelled
 * sign-in, and content scripts kept away from every secret.
 */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accountLine,
  call,
  cognitoStats,
  isLoginPage,
  newUser,
  readAllStorage,
  resetCognitoStats,
  signInThroughPopup,
  useDevstack,
} from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { sendFromContentScript } from './harness/messages.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { startWebServer, type WebServer } from './harness/web-server.ts';
import { clickRole, findRole } from './harness/by-role.ts';

interface AuthStatus {
  state: string;
  identityId?: string;
  user?: { email?: string; name?: string };
  notice?: { code: string; message: string };
  error?: { code: string; message: string };
}

const stack = inject('devstack');

beforeAll(async () => {
  // Something public to list, put there by the bucket's owner.
  const admin = new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });
  await admin.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'public/identity-e2e.txt', Body: 'Listed by Tote' }));
});

describe.each(BROWSERS)('identity in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let web: WebServer;
  let guestIdentity: string;
  // A first-time user, so this browser is their first device.
  const user = newUser(`identity-${kind}`);

  beforeAll(async () => {
    web = await startWebServer();
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack);
  });

  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  it('starts as a guest with an identity id, reading public/ and refused private/', async () => {
    const status = await call<AuthStatus>(popup, 'auth.status');
    expect(status).toMatchObject({ ok: true, value: { state: 'guest', identityId: expect.stringMatching(/^us-east-1:/) } });
    guestIdentity = (status as { value: AuthStatus }).value.identityId!;
    expect(await accountLine(popup, 'Guest')).toBe('Guest');
    // A real ListObjectsV2 XML answer, parsed inside the background (a service worker in Chromium: no DOMParser).
    const listing = await call<{ objects: Array<{ key: string; size: number }> }>(popup, 's3.list', { prefix: 'public/' });
    expect(listing).toMatchObject({
      ok: true,
      value: { objects: expect.arrayContaining([{ key: 'public/identity-e2e.txt', size: 14, lastModified: expect.any(Number), etag: expect.any(String) }]) },
    });
    const denied = await call(popup, 's3.list', { prefix: 'private/${identityId}/' });
    expect(denied).toMatchObject({ ok: false, error: { code: 'access_denied', message: expect.stringContaining('Sign in') } });
  });

  it('signs in through the IdP login form and keeps the same identity, now with the authenticated role', async () => {
    await signInThroughPopup(session, popup, stack, user);
    expect(await accountLine(popup, 'Signed in as', 30_000)).toContain(user.name);
    const status = await call<AuthStatus>(popup, 'auth.status');
    expect(status).toMatchObject({ ok: true, value: { state: 'signed-in', identityId: guestIdentity, user: { email: user.email, name: user.name } } });
    // Only the authenticated role may list its own private folder.
    const own = await call<{ prefix: string }>(popup, 's3.list', { prefix: 'private/${identityId}/' });
    expect(own).toMatchObject({ ok: true, value: { prefix: `private/${guestIdentity}/` } });
    const other = await call(popup, 's3.list', { prefix: 'private/us-east-1:00000000-0000-4000-8000-000000000000/' });
    expect(other).toMatchObject({ ok: false, error: { code: 'access_denied' } });
  });

  it('answers after a forced background stop with the same status and zero Cognito calls', async () => {
    const before = await call<AuthStatus>(popup, 'auth.status');
    await resetCognitoStats(stack);
    await session.stopBackground();
    const after = await call<AuthStatus>(popup, 'auth.status');
    expect(after).toEqual(before);
    expect(await call(popup, 's3.list', { prefix: 'private/${identityId}/' })).toMatchObject({ ok: true });
    expect(await cognitoStats(stack)).toEqual({ GetId: 0, GetCredentialsForIdentity: 0, GetOpenIdToken: 0, errors: 0 });
  });

  it('makes 50 concurrent requests on a cold background share one GetCredentialsForIdentity', async () => {
    await popup.evaluate(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
        storage: { session: { remove(key: string): Promise<void> } };
      };
      await api.storage.session.remove('credentials');
    }, undefined);
    await session.stopBackground();
    await resetCognitoStats(stack);
    const replies = await popup.evaluate(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
        runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { identityId?: string } }> };
      };
      return Promise.all(Array.from({ length: 50 }, () => api.runtime.sendMessage({ tote: 'tote/1', name: 'auth.status', request: {} })));
    }, undefined);
    expect(replies.every((reply) => reply.ok && reply.value?.identityId === guestIdentity)).toBe(true);
    expect(await cognitoStats(stack)).toMatchObject({ GetId: 0, GetCredentialsForIdentity: 1 });
  });

  it('keeps tokens and credentials away from content scripts', async () => {
    const storage = await readAllStorage(popup);
    const stored = storage.session as { auth: { idToken: string; refreshToken?: string }; credentials: { secretAccessKey: string; sessionToken: string } };
    const secrets = [stored.auth.idToken, stored.auth.refreshToken, stored.credentials.secretAccessKey, stored.credentials.sessionToken].filter(
      (s): s is string => typeof s === 'string',
    );
    expect(secrets.length).toBeGreaterThanOrEqual(3);
    const page = await session.openWebPage(`${web.origin}/secrets.html`);
    const seen: unknown[] = [await sendFromContentScript(page, { readStorage: true })];
    for (const name of ['ping', 'status', 'auth.status', 'auth.signIn', 'auth.signOut', 'settings.get', 's3.list', 'bridge.listed', 'bridge.request']) {
      seen.push(await sendFromContentScript(page, { name, request: name === 's3.list' ? { prefix: '' } : name === 'bridge.request' ? { op: 'list' } : {} }));
    }
    const text = JSON.stringify(seen);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(seen[2]).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await page.close();
  });

  it('signs out: guest again, and no token or authenticated credential left in any storage area', async () => {
    const before = (await readAllStorage(popup)).session as { auth: { idToken: string; refreshToken?: string }; credentials: { secretAccessKey: string } };
    await clickRole(popup, 'button', 'Sign out');
    expect(await accountLine(popup, 'Guest')).toBe('Guest');
    const text = JSON.stringify(await readAllStorage(popup));
    expect(text).not.toContain(before.auth.idToken);
    if (before.auth.refreshToken) expect(text).not.toContain(before.auth.refreshToken);
    expect(text).not.toContain(before.credentials.secretAccessKey);
    expect(text).not.toContain('"auth"');
    const status = await call<AuthStatus>(popup, 'auth.status');
    // The guest identity became the user's when they signed in: the guest now has a new one.
    expect(status).toMatchObject({ ok: true, value: { state: 'guest', identityId: expect.stringMatching(/^us-east-1:/) } });
    expect((status as { value: AuthStatus }).value.identityId).not.toBe(guestIdentity);
  });

  it('stays a guest with a "sign-in cancelled" notice when the sign-in window is closed', async () => {
    await clickRole(popup, 'button', 'Sign in');
    const login = await session.waitForPage(isLoginPage(stack));
    await login.close();
    expect(await popup.waitForText(await findRole(popup, 'status', 'cancelled', { contains: true, timeoutMs: 20_000 }), 'cancelled')).toContain(
      'still a guest',
    );
    expect(await call<AuthStatus>(popup, 'auth.status')).toMatchObject({ ok: true, value: { state: 'guest', notice: { code: 'sign_in_cancelled' } } });
  });
});
