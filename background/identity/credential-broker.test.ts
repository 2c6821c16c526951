import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { resetFakeBrowser } from '../../test/fakes/browser.ts';
import { startFakeCognito, type FakeCognito } from '../../test/fakes/cognito-server.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { memoryKeyValue } from '../storage/key-value.ts';
import { createCredentialBroker, REFRESH_MARGIN_MS } from './credential-broker.ts';
import type { SignedIn } from '../../src/storage/identity-records.ts';
import { GUEST_USER } from '../../src/storage/databases.ts';
import { memoryStorage } from '../../test/fakes/storage.ts';

let cognito: FakeCognito;
beforeAll(async () => {
  cognito = await startFakeCognito();
});
afterAll(() => cognito.close());

const POOL = 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0';
const binding = {
  identityPoolId: POOL,
  region: 'us-east-1',
  issuer: 'https://idp.example',
  clientId: 'client',
  tokenEndpoint: 'https://idp.example/token',
  loginKey: 'idp.example',
};
const user: SignedIn = { binding, subject: 'alice', idToken: 'id-token', idTokenExpiresAt: Date.now() + 3_600_000 };

function setup(options: { allowGuests?: boolean; signedIn?: SignedIn; identityIds?: ReturnType<typeof memoryKeyValue> } = {}) {
  const settings: Settings = {
    version: 1,
    region: 'us-east-1',
    identityPoolId: POOL,
    bucket: 'b-1',
    allowGuests: options.allowGuests ?? true,
    cognitoEndpoint: cognito.endpoint,
  };
  const identityIds = options.identityIds ?? memoryKeyValue();
  const state = { user: options.signedIn };
  const broker = createCredentialBroker({
    loadSettings: async () => settings,
    currentUser: async () => state.user,
    freshUser: async (_s, u) => u,
    credentials: memoryStorage(browser.storage.session).record('credentials'),
    identityIds,
    now: () => Date.now(),
  });
  return { broker, identityIds, state };
}

beforeEach(() => {
  resetFakeBrowser();
  cognito.calls.GetId = 0;
  cognito.calls.GetCredentialsForIdentity = 0;
  cognito.requests.length = 0;
  cognito.lifetimeSeconds = 3600;
  delete cognito.failWith;
});

describe('credential broker', () => {
  it('gets guest credentials with one GetId and one GetCredentialsForIdentity', async () => {
    const credentials = await setup().broker.get();
    expect(credentials).toMatchObject({ user: GUEST_USER, identityPoolId: POOL, accessKeyId: 'AKIA1', secretAccessKey: 'secret', sessionToken: 'token' });
    expect(cognito.calls).toEqual({ GetId: 1, GetCredentialsForIdentity: 1 });
  });

  it('makes 50 concurrent callers share one fetch', async () => {
    const { broker } = setup();
    const all = await Promise.all(Array.from({ length: 50 }, () => broker.get()));
    expect(new Set(all.map((c) => c.accessKeyId)).size).toBe(1);
    expect(cognito.calls).toEqual({ GetId: 1, GetCredentialsForIdentity: 1 });
  });

  it('serves a restarted background from storage.session with zero Cognito calls', async () => {
    const identityIds = memoryKeyValue();
    const first = await setup({ identityIds }).broker.get();
    const restarted = await setup({ identityIds }).broker.get();
    expect(restarted).toEqual(first);
    expect(cognito.calls).toEqual({ GetId: 1, GetCredentialsForIdentity: 1 });
  });

  it('renews credentials within the refresh margin, keeping the identity id without a new GetId', async () => {
    cognito.lifetimeSeconds = REFRESH_MARGIN_MS / 1000 - 10;
    const { broker } = setup();
    const first = await broker.get();
    cognito.lifetimeSeconds = 3600;
    const second = await broker.get();
    expect(second.identityId).toBe(first.identityId);
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(cognito.calls).toEqual({ GetId: 1, GetCredentialsForIdentity: 2 });
  });

  it('links a sign-in to the guest identity with one GetCredentialsForIdentity: same identity id', async () => {
    const identityIds = memoryKeyValue();
    const { broker, state } = setup({ identityIds });
    const guest = await broker.get();
    state.user = user;
    broker.reset();
    const signedIn = await broker.get();
    expect(signedIn.identityId).toBe(guest.identityId);
    expect(signedIn.user).toBe('user:idp.example#alice');
    expect(cognito.requests.slice(2)).toEqual([
      { target: 'GetCredentialsForIdentity', body: { IdentityId: guest.identityId, Logins: { 'idp.example': 'id-token' } } },
    ]);
    // Signed in again later (a new background): the stored identity is used, no GetId.
    const before = cognito.calls.GetId;
    await browser.storage.session.remove('credentials');
    expect((await setup({ identityIds, signedIn: user }).broker.get()).identityId).toBe(guest.identityId);
    expect(cognito.calls.GetId).toBe(before);
    // The guest identity now belongs to the user: a later guest starts a new identity.
    state.user = undefined;
    broker.reset();
    expect((await broker.get()).identityId).not.toBe(guest.identityId);
  });

  it("takes the identity Cognito answers when it merges this browser's guest into the user's identity (signed in elsewhere first)", async () => {
    // The user's identity, made on another browser.
    const elsewhere = setup({ signedIn: user });
    const theirs = await elsewhere.broker.get();
    const here = setup();
    const guest = await here.broker.get();
    expect(guest.identityId).not.toBe(theirs.identityId);
    here.state.user = user;
    here.broker.reset();
    cognito.requests.length = 0;
    const signedIn = await here.broker.get();
    expect(signedIn.identityId).toBe(theirs.identityId);
    expect(cognito.requests.map((request) => request.target)).toEqual(['GetCredentialsForIdentity']);
    // Nothing here names the merged-away guest identity any more.
    expect([...here.identityIds.entries.values()]).toEqual([theirs.identityId]);
    expect(JSON.stringify(await browser.storage.session.get(null))).not.toContain(guest.identityId);
  });

  it('falls back to GetId with the login when Cognito refuses the link', async () => {
    const { broker, state, identityIds } = setup();
    await broker.get();
    state.user = user;
    broker.reset();
    cognito.requests.length = 0;
    cognito.failOnce = {
      target: 'GetCredentialsForIdentity',
      type: 'NotAuthorizedException',
      message: 'The login is already linked to another identity; it is authenticated and is not merged.',
    };
    const signedIn = await broker.get();
    expect(cognito.requests.map((request) => request.target)).toEqual(['GetCredentialsForIdentity', 'GetId', 'GetCredentialsForIdentity']);
    // The guest keeps its identity id until a link succeeds.
    expect(identityIds.entries.get(`${POOL}|ANONYMOUS`)).toBeDefined();
    expect(identityIds.entries.get(`${POOL}|user:idp.example#alice`)).toBe(signedIn.identityId);
  });

  it('keeps an in-flight fetch through a settings change that names the same pool and Cognito service', async () => {
    const { broker } = setup();
    const first = broker.get();
    await new Promise((resolve) => setTimeout(resolve, 0));
    broker.settingsChanged({
      version: 1,
      region: 'us-east-1',
      identityPoolId: POOL,
      bucket: 'another-bucket',
      allowGuests: true,
      cognitoEndpoint: cognito.endpoint,
    });
    const second = broker.get();
    expect(await second).toEqual(await first);
    expect(cognito.calls).toEqual({ GetId: 1, GetCredentialsForIdentity: 1 });
    // Another pool: the in-flight work is forgotten.
    const third = broker.get({ forceRefresh: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    broker.settingsChanged({
      version: 1,
      region: 'us-east-1',
      identityPoolId: 'us-east-1:00000000-0000-4000-8000-000000000000',
      bucket: 'b-1',
      allowGuests: true,
      cognitoEndpoint: cognito.endpoint,
    });
    const fourth = broker.get();
    expect(fourth).not.toBe(third);
    await Promise.all([third, fourth]);
  });

  it("keeps the guest's identity id through a failure that says nothing about it (the SDK alone would drop it)", async () => {
    const { broker, identityIds } = setup();
    const first = await broker.get({ forceRefresh: true });
    const stored = await identityIds.get(`${POOL}|${GUEST_USER}`);
    expect(stored).toBe(first.identityId);
    cognito.failOnce = { target: 'GetCredentialsForIdentity', type: 'InternalErrorException', message: 'try later' };
    await expect(broker.get({ forceRefresh: true })).rejects.toMatchObject({ code: 'cognito_unavailable' });
    expect(await identityIds.get(`${POOL}|${GUEST_USER}`)).toBe(first.identityId);
    const again = await broker.get({ forceRefresh: true });
    expect(again.identityId).toBe(first.identityId);
    expect(cognito.calls.GetId).toBe(1);
  });

  it('forgets an identity id Cognito no longer knows, and gets a new one with GetId', async () => {
    const identityIds = memoryKeyValue();
    await identityIds.set(`${POOL}|${GUEST_USER}`, 'us-east-1:deleted');
    const { broker } = setup({ identityIds });
    cognito.failOnce = { target: 'GetCredentialsForIdentity', type: 'ResourceNotFoundException', message: 'Identity not found' };
    const fresh = await broker.get();
    expect(fresh.identityId).not.toBe('us-east-1:deleted');
    expect(await identityIds.get(`${POOL}|${GUEST_USER}`)).toBe(fresh.identityId);
    expect(cognito.calls.GetId).toBe(1);
  });

  it('refuses a guest where the pool allows none, without calling Cognito', async () => {
    await expect(setup({ allowGuests: false }).broker.get()).rejects.toMatchObject({ code: 'sign_in_required' });
    expect(cognito.calls).toEqual({ GetId: 0, GetCredentialsForIdentity: 0 });
  });

  it.each([
    ['NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.', 'sign_in_required', /does not allow guests/],
    ['ResourceNotFoundException', 'IdentityPool not found', 'cognito_unavailable', /does not know the identity pool/],
  ])('maps %s to %s with an actionable sentence', async (type, message, code, sentence) => {
    cognito.failWith = { type, message };
    const error = await setup()
      .broker.get()
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(sentence);
  });

  it('maps a login the pool does not accept to login_mismatch', async () => {
    cognito.failWith = { type: 'NotAuthorizedException', message: "Invalid login token. Issuer doesn't match providerName" };
    const error = await setup({ signedIn: user })
      .broker.get()
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'login_mismatch' });
    expect((error as Error).message).toContain('idp.example');
  });
});
