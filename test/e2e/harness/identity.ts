/** Steps of the identity tests done as a person would: settings, clicking Sign in, typing a password. */
import { throwawayUser, type TestUser } from '../../../devstack/constants.ts';
import type { StackDescription } from '../../../devstack/description.ts';
import { envelope, sendFromExtensionPage } from './messages.ts';
import { clickRole } from './by-role.ts';
import { waitFor } from './process.ts';
import type { ExtensionSession, TestPage } from './types.ts';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; retryable: boolean } };

/** Sends a typed request from an extension page and returns the reply. */
export function call<T = unknown>(page: TestPage, name: string, request: unknown = {}): Promise<Reply<T>> {
  return sendFromExtensionPage(page, envelope(name, request)) as Promise<Reply<T>>;
}

/** Points Tote at the test devstack (the build's defaults point at the default ports). */
export async function useDevstack(page: TestPage, stack: StackDescription, overrides: Record<string, unknown> = {}): Promise<void> {
  const reply = await call(page, 'settings.set', { settings: { ...stack.settings, ...overrides } });
  if (!reply.ok) throw new Error(`settings.set failed: ${reply.error.message}`);
}

/**
 * A user the devstack's IdP has never seen (any `<name>@throwaway.example` signs in): tests share
 * one stack, and a user who signed in elsewhere before is merged into their existing identity.
 */
export function newUser(label: string): TestUser {
  const user = throwawayUser(`${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`);
  if (user === undefined) throw new Error(`"${label}" makes no valid throwaway user name`);
  return user;
}

/**
 * Waits until the first line of the popup's account bar (the region "Account") says `expected`
 * ("Guest", "Signed in as", "Session expired"); answers that line as a person reads it.
 */
export function accountLine(page: TestPage, expected: string, timeoutMs = 15_000): Promise<string> {
  const account = page.find({ role: 'region', name: 'Account' });
  return waitFor(
    `the account bar to say "${expected}"`,
    async () => {
      const said = await account.evaluate((region) => region.querySelector('p')?.innerText.trim() ?? '');
      return said.includes(expected) ? said : undefined;
    },
    timeoutMs,
  );
}

/** Clicks "Sign in" in the popup and types the user's email and password into the IdP's form. */
export async function signInThroughPopup(session: ExtensionSession, popup: TestPage, stack: StackDescription, user = stack.testUsers[0]!): Promise<void> {
  await clickRole(popup, 'button', 'Sign in');
  await logInAtProvider(session, stack, user);
}

/** Types the user's email and password into the IdP's sign-in window, once something opened it. */
export async function logInAtProvider(session: ExtensionSession, stack: StackDescription, user: TestUser): Promise<void> {
  const login = await session.waitForPage(isLoginPage(stack));
  await login.fill('input[name="email"]', user.email);
  await login.fill('input[name="password"]', user.password);
  await login.click('button[type="submit"]');
}

/** The IdP's sign-in window (not its logout page, which a sign-out may still have open). */
export function isLoginPage(stack: StackDescription): (url: string) => boolean {
  return (url) => url.startsWith(stack.idp.issuer) && !url.includes('/session/end');
}

export interface CognitoStats {
  GetId: number;
  GetCredentialsForIdentity: number;
  GetOpenIdToken: number;
  errors: number;
}

export async function cognitoStats(stack: StackDescription): Promise<CognitoStats> {
  return (await (await fetch(stack.cognito.statsUrl)).json()) as CognitoStats;
}

/**
 * Waits until no Cognito call has been made for `quietMs` (a page that just opened, or settings
 * just saved, may still be fetching a guest's credentials), so counts taken next belong to the
 * step under test alone.
 */
/** Resolves once `read()` answers the same for `quietMs` (the browser's own background work has settled). */
async function quiet(what: string, read: () => Promise<unknown>, quietMs: number): Promise<void> {
  let before = JSON.stringify(await read());
  for (let tries = 0; tries < 40; tries++) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = JSON.stringify(await read());
    if (now === before) return;
    before = now;
  }
  throw new Error(`${what} did not settle`);
}

export function cognitoQuiet(stack: StackDescription, quietMs = 750): Promise<void> {
  return quiet('Cognito calls', () => cognitoStats(stack), quietMs);
}

/** The identity provider's token grants have settled (a page's own renewal done). */
export function tokensQuiet(stack: StackDescription, quietMs = 750): Promise<void> {
  return quiet("The identity provider's token grants", () => tokenStats(stack), quietMs);
}

export async function resetCognitoStats(stack: StackDescription): Promise<void> {
  await fetch(stack.cognito.resetStatsUrl, { method: 'POST' });
}

export interface TokenStats {
  authorization_code: number;
  refresh_token: number;
  errors: number;
}

/** Token endpoint grants at the devstack's IdP (sign-ins, refreshes), since the last reset. */
export async function tokenStats(stack: StackDescription): Promise<TokenStats> {
  return (await (await fetch(stack.idp.statsUrl)).json()) as TokenStats;
}

export async function resetTokenStats(stack: StackDescription): Promise<void> {
  await fetch(stack.idp.resetStatsUrl, { method: 'POST' });
}

/** Everything in every extension storage area, read from an extension page (a trusted context). */
export function readAllStorage(page: TestPage): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { storage: Record<string, Area | undefined> };
    const all: Record<string, unknown> = {};
    for (const name of ['local', 'session', 'sync']) {
      const area = api.storage[name];
      if (area) all[name] = await area.get(null).catch((error: Error) => ({ unreadable: error.message }));
    }
    return all;
  }, undefined);
}

/**
 * Everything in every IndexedDB database of the extension's origin, read from an extension page:
 * database → store → entries (Blobs as their size, so file copies show up without their bytes).
 */
export function readAllDatabases(page: TestPage): Promise<Record<string, Record<string, unknown[]>>> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const all: Record<string, Record<string, unknown[]>> = {};
    for (const { name } of await indexedDB.databases()) {
      if (name === undefined) continue;
      const database = await request(indexedDB.open(name));
      all[name] = {};
      for (const store of [...database.objectStoreNames]) {
        const objects = database.transaction(store, 'readonly').objectStore(store);
        const [keys, values] = await Promise.all([request(objects.getAllKeys()), request(objects.getAll())]);
        all[name][store] = values.map((value, index) => ({ key: keys[index], value: value instanceof Blob ? { blobOfSize: value.size } : value }));
      }
      database.close();
    }
    return all;
  }, undefined);
}
