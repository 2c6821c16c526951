/**
 * The trust boundary against a compromised renderer (docs/security.md), in both browsers: the
 * development build's probe content script plays the attacker's code in Tote's content-script
 * world. What it writes to `storage.local` decides nothing; settings that name another Cognito
 * service sign the user out before any token could go there; sign-out leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListMultipartUploadsCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accountLine, call, newUser, readAllDatabases, readAllStorage, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { BROWSERS } from './harness/launch.ts';
import { sendFromContentScript } from './harness/messages.ts';
import { formReady, message, typeInto } from './harness/options-form.ts';
import { waitFor } from './harness/process.ts';
import { startRecordingServer, type RecordingServer } from './harness/recording-server.ts';
import type { TestPage } from './harness/types.ts';
import { signedInBehindProxy, type UploadBench } from './harness/uploads.ts';
import { startWebServer, type WebServer } from './harness/web-server.ts';
import { clickRole } from './harness/by-role.ts';

const stack = inject('devstack');
const MiB = 1024 * 1024;

interface Session {
  auth: { idToken: string; refreshToken?: string; subject: string; email?: string };
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string; identityId: string };
}

const sessionOf = async (page: TestPage) => (await readAllStorage(page)).session as Session;

let folder: string;
const upload = { name: 'left-behind.bin', path: '' };
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tote-trust-'));
  upload.path = join(folder, upload.name);
  await writeFile(upload.path, randomBytes(40 * MiB));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe.each(BROWSERS)('the trust boundary in %s', (kind) => {
  let bench: UploadBench;
  let web: WebServer;
  let attacker: RecordingServer;
  let popup: TestPage;
  const devstackHere = () => ({ s3: { endpoint: bench.proxy.endpoint, forcePathStyle: true } });

  beforeAll(async () => {
    attacker = await startRecordingServer();
    web = await startWebServer();
    bench = await signedInBehindProxy(kind, stack, 'trust');
    popup = await bench.session.openExtensionPage('popup/index.html');
    await accountLine(popup, 'Signed in as', 30_000);
  });
  afterAll(async () => {
    await bench?.close();
    await web?.close();
    await attacker?.close();
  });

  it('decides nothing from settings a compromised content script writes to storage.local', async () => {
    const before = await call(popup, 'settings.get');
    const page = await bench.session.openWebPage(`${web.origin}/app.html`);
    const forged = {
      ...stack.settings,
      cognitoEndpoint: attacker.url,
      provider: { type: 'oidc', issuer: attacker.url, clientId: stack.idp.clientId },
      contentScopes: [{ origin: web.origin, prefix: 'private/${identityId}/', allow: ['list', 'get', 'put'] }],
    };
    expect(await sendFromContentScript(page, { writeLocal: { settings: forged, promptLogin: false } })).toEqual({ written: true });
    expect(await sendFromContentScript(page, { name: 'bridge.listed', request: {} })).toMatchObject({ ok: true, value: { listed: false } });
    expect(await sendFromContentScript(page, { name: 's3.list', request: { prefix: 'private/${identityId}/' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // A background started afresh reads its settings anew: still its own.
    await page.close();
    await bench.session.stopBackground();
    expect(await call(popup, 'settings.get')).toEqual(before);
    expect(await call(popup, 'auth.status')).toMatchObject({ ok: true, value: { state: 'signed-in' } });
    expect(attacker.received()).toEqual([]);
  });

  it('signs the user out before saved settings that name another Cognito service take effect: no token goes there', async () => {
    const { auth } = await sessionOf(popup);
    const options = bench.options;
    await formReady(options);
    await typeInto(options, 'cognitoEndpoint', attacker.url);
    await options.find({ role: 'button', name: 'Save' }).click();
    expect(await message(options, 'status', 'You were signed out')).toContain('another identity pool or identity provider');
    const status = await call<{ state: string }>(popup, 'auth.status');
    expect(status).toMatchObject({ ok: true });
    expect((status as { value: { state: string } }).value.state).not.toBe('signed-in');
    // The new endpoint was used (as a guest's), so the check below could have caught a token.
    await waitFor('the new Cognito endpoint to be asked', async () => (attacker.received().length > 0 ? true : undefined));
    const sent = attacker.received().join('\n');
    expect(sent).not.toContain(auth.idToken);
    if (auth.refreshToken) expect(sent).not.toContain(auth.refreshToken);
    expect((await readAllStorage(popup)).session).not.toHaveProperty('auth');
    await useDevstack(popup, stack, devstackHere());
  });

  it('signs out leaving nothing of the user: upload cancelled and aborted, records and copies gone, refresh token revoked', async () => {
    await signInThroughPopup(bench.session, popup, stack, newUser(`trust-out-${kind}`));
    await accountLine(popup, 'Signed in as', 30_000);
    const { auth, credentials } = await sessionOf(popup);
    expect(auth.refreshToken).toEqual(expect.any(String));
    // An upload in flight at sign-out: parts are held at the proxy so it cannot finish first.
    bench.proxy.slowPartsBy(5_000);
    await popup.chooseFiles('input[type="file"]', [upload.path]);
    const key = await waitFor(
      'the multipart upload to start',
      async () => {
        const records = (await readAllDatabases(popup))['tote-transfers']?.records ?? [];
        const started = records.map((entry) => (entry as { value: { key: string; uploadId?: string } }).value).find((record) => record.uploadId !== undefined);
        return started?.key;
      },
      30_000,
    );

    await clickRole(popup, 'button', 'Sign out');
    await accountLine(popup, 'Guest', 30_000);
    bench.proxy.slowPartsBy(0);

    const everything = JSON.stringify({ storage: await readAllStorage(popup), databases: await readAllDatabases(popup) });
    const traces = {
      idToken: auth.idToken,
      refreshToken: auth.refreshToken,
      subject: auth.subject,
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
      identityId: credentials.identityId,
      uploadKey: key,
    };
    for (const [name, trace] of Object.entries(traces)) if (trace) expect(everything.includes(trace), `${name} left behind`).toBe(false);
    expect(everything).not.toContain('blobOfSize');
    // Nor the session kept for the next browser start, nor the key that sealed it.
    expect(everything).not.toContain('keptSession');
    expect(everything).not.toContain('sessionKey');

    const admin = new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });
    const pending = await admin.send(new ListMultipartUploadsCommand({ Bucket: stack.bucket, Prefix: key }));
    expect(pending.Uploads ?? []).toEqual([]);

    // The provider no longer honours the refresh token (RFC 7009 revocation at sign-out).
    const discovery = (await (await fetch(`${stack.idp.issuer}/.well-known/openid-configuration`)).json()) as { token_endpoint: string };
    const grant = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: auth.refreshToken as string, client_id: stack.idp.clientId }),
    });
    expect({ status: grant.status, error: ((await grant.json()) as { error?: string }).error }).toEqual({ status: 400, error: 'invalid_grant' });
  });
});
