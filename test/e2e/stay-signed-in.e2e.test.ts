/**
 * Staying signed in across a real browser restart (the browser quits and starts again on the same
 * profile directory), counted at the devstack: Cognito calls at the stand-in's /_stats, token
 * endpoint grants at the IdP's. Also: a refresh token revoked at the provider, the "Stay signed
 * in on this browser" switch turned off, and one user signing in on two profiles (Cognito's merge).
 */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accountLine,
  call,
  cognitoQuiet,
  cognitoStats,
  readAllDatabases,
  readAllStorage,
  resetCognitoStats,
  resetTokenStats,
  signInThroughPopup,
  tokenStats,
  newUser,
  useDevstack,
} from './harness/identity.ts';
import { waitFor } from './harness/process.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { message } from './harness/options-form.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { findRole, isShown } from './harness/by-role.ts';
import { listSays } from './harness/file-list.ts';

interface AuthStatus {
  state: string;
  identityId?: string;
  staySignedIn: boolean;
  user?: { email?: string; name?: string };
  notice?: { code: string; message: string };
}

const stack = inject('devstack');
const admin = new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });

async function status(page: TestPage): Promise<AuthStatus> {
  const reply = await call<AuthStatus>(page, 'auth.status');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

async function signedIn(session: ExtensionSession, user: ReturnType<typeof newUser>, overrides: Record<string, unknown> = {}) {
  const popup = await session.openExtensionPage('popup/index.html');
  await useDevstack(popup, stack, overrides);
  await signInThroughPopup(session, popup, stack, user);
  await accountLine(popup, 'Signed in as', 30_000);
  return { popup, identityId: (await status(popup)).identityId! };
}

/** Each secret of the session as it is in `storage.session` (readable by extension pages only). */
async function sessionSecrets(page: TestPage): Promise<string[]> {
  const stored = (await readAllStorage(page)).session as {
    auth: { idToken: string; refreshToken?: string };
    credentials: { secretAccessKey: string; sessionToken?: string };
  };
  return [stored.auth.idToken, stored.auth.refreshToken, stored.credentials.secretAccessKey, stored.credentials.sessionToken].filter(
    (s): s is string => typeof s === 'string',
  );
}

describe.each(BROWSERS)('staying signed in, in %s', (kind) => {
  const sessions: ExtensionSession[] = [];
  let session: ExtensionSession;
  let popup: TestPage;
  let identityId: string;
  const user = newUser(`kept-${kind}`);

  beforeAll(async () => {
    session = await launch(kind);
    sessions.push(session);
    ({ popup, identityId } = await signedIn(session, user));
    await admin.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `private/${identityId}/kept-across-restarts.txt`, Body: 'still mine' }));
  });

  afterAll(async () => {
    for (const each of sessions) await each.close();
  });

  it('keeps only ciphertext in IndexedDB: no token or key of the session is readable there', async () => {
    const secrets = await sessionSecrets(popup);
    expect(secrets.length).toBeGreaterThanOrEqual(3);
    const databases = JSON.stringify(await readAllDatabases(popup));
    expect(databases).toContain('keptSession');
    for (const secret of secrets) expect(databases).not.toContain(secret);
    // Nothing in the areas content scripts can read either.
    const storage = await readAllStorage(popup);
    for (const secret of secrets) expect(JSON.stringify({ local: storage.local, sync: storage.sync })).not.toContain(secret);
  });

  it('after the browser restarts, the popup shows the same user and folder with no prompt, in one GetCredentialsForIdentity and at most one refresh grant', async () => {
    await resetCognitoStats(stack);
    await resetTokenStats(stack);
    session = await session.restart();
    sessions.push(session);
    popup = await session.openExtensionPage('popup/index.html');
    expect(await accountLine(popup, 'Signed in as', 30_000)).toContain(user.name);
    expect(await listSays(popup, 'kept-across-restarts.txt', { timeoutMs: 20_000 })).toContain('kept-across-restarts.txt');
    expect(await status(popup)).toMatchObject({ state: 'signed-in', identityId, staySignedIn: true, user: { email: user.email } });
    // A session with a refresh token does not end with the browser, and the popup says nothing of the kind.
    expect(await isShown(popup, 'status', 'sign in again after closing the browser', { contains: true })).toBe(false);
    expect(await cognitoStats(stack)).toEqual({ GetId: 0, GetCredentialsForIdentity: 1, GetOpenIdToken: 0, errors: 0 });
    const grants = await tokenStats(stack);
    expect(grants).toMatchObject({ authorization_code: 0, errors: 0 });
    expect(grants.refresh_token).toBeLessThanOrEqual(1);
  });

  it("one user on a second profile: the second guest identity is merged into the user's, both see the same folder, no credentials left for the merged-away id", async () => {
    const second = await launch(kind);
    sessions.push(second);
    const other = await second.openExtensionPage('popup/index.html');
    await useDevstack(other, stack);
    // The new profile's own start (guest credentials for the build's defaults, then these settings) is
    // not what is counted, and its guest identity id must be stored before the sign-in can link it.
    // Right after the settings change, the status may still name the identity of the build's
    // defaults, which is never stored for these settings: the guest is the one status and store agree on.
    const secondGuest = await waitFor('the second guest identity id to be stored', async () => {
      const guest = (await status(other)).identityId;
      const stored = JSON.stringify((await readAllDatabases(other))['tote-identity-ids'] ?? {});
      return guest !== undefined && stored.includes(guest) ? guest : undefined;
    });
    expect(secondGuest).not.toBe(identityId);
    await cognitoQuiet(stack);
    await resetCognitoStats(stack);
    await signInThroughPopup(second, other, stack, user);
    await accountLine(other, 'Signed in as', 30_000);
    expect(await status(other)).toMatchObject({ state: 'signed-in', identityId });
    expect(await cognitoStats(stack)).toMatchObject({ GetId: 0, GetCredentialsForIdentity: 1, errors: 0 });
    expect(await listSays(other, 'kept-across-restarts.txt', { timeoutMs: 20_000 })).toContain('kept-across-restarts.txt');
    expect(await call(other, 's3.list', { prefix: `private/${identityId}/` })).toMatchObject({ ok: true });
    const everything = JSON.stringify({ storage: await readAllStorage(other), databases: await readAllDatabases(other) });
    expect(everything).not.toContain(secondGuest);
    // The first profile is unaffected.
    expect(await status(popup)).toMatchObject({ state: 'signed-in', identityId });
  });

  it('"Stay signed in on this browser" off removes the kept session at once; after a restart the user is a guest', async () => {
    const options = await session.openExtensionPage('options/index.html');
    await options.click('label[for="stay-signed-in"]');
    expect(await message(options, 'status', 'forgot')).toContain('closing the browser now signs you out');
    expect(JSON.stringify(await readAllDatabases(options))).not.toContain('keptSession');
    // Still signed in until the browser closes.
    expect(await status(popup)).toMatchObject({ state: 'signed-in', staySignedIn: false });
    session = await session.restart();
    sessions.push(session);
    popup = await session.openExtensionPage('popup/index.html');
    expect(await accountLine(popup, 'Guest', 20_000)).toBe('Guest');
    expect(await status(popup)).toMatchObject({ state: 'guest', staySignedIn: false });
  });
});

describe.each(BROWSERS)('a refresh token revoked at the provider, in %s', (kind) => {
  let session: ExtensionSession;

  afterAll(() => session?.close());

  it('ends the restored session with a clear notice after the browser restarts (the silent attempt finds no grant)', async () => {
    session = await launch(kind);
    // id_tokens that live 2 s: after the restart the session must be renewed before Cognito sees it.
    const { popup } = await signedIn(session, newUser(`revoked-${kind}`), { provider: { ...stack.settings.provider, clientId: stack.idp.shortLivedClientId } });
    const { auth } = (await readAllStorage(popup)).session as { auth: { refreshToken: string } };
    const revoked = await fetch(`${stack.idp.issuer}/token/revocation`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: auth.refreshToken, token_type_hint: 'refresh_token', client_id: stack.idp.shortLivedClientId }),
    });
    expect(revoked.status).toBe(200);
    // Counted from before the restart: the restarted background may renew before any page opens.
    await resetTokenStats(stack);
    session = await session.restart();
    const reopened = await session.openExtensionPage('popup/index.html');
    expect(await accountLine(reopened, 'Session expired', 30_000)).toBe('Session expired');
    expect(await reopened.text(await findRole(reopened, 'status', 'Sign in again', { contains: true }))).toMatch(/Sign in again/);
    expect(await tokenStats(stack)).toEqual({ authorization_code: 0, refresh_token: 0, errors: 1 });
    expect(JSON.stringify(await readAllDatabases(reopened))).not.toContain('keptSession');
    expect(await call(reopened, 's3.list', { prefix: 'public/' })).toMatchObject({ ok: true });
  });
});

describe.each(BROWSERS)('a provider that grants no refresh token, in %s', (kind) => {
  let session: ExtensionSession;

  afterAll(() => session?.close());

  it('says in the popup that the user will have to sign in again after closing the browser', async () => {
    session = await launch(kind);
    // Without offline_access the provider issues no refresh token.
    const scopes = stack.idp.scopes.filter((scope) => scope !== 'offline_access');
    const { popup } = await signedIn(session, newUser(`no-refresh-${kind}`), { provider: { ...stack.settings.provider, scopes } });
    expect(((await readAllStorage(popup)).session as { auth: { refreshToken?: string } }).auth.refreshToken).toBeUndefined();
    await findRole(popup, 'status', 'Your identity provider gave Tote no refresh token, so you will have to sign in again after closing the browser.');
  });
});
