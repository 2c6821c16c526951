import { describe, expect, it } from 'vitest';
import { SignedInSchema, type SignedIn } from '../../src/storage/identity-records.ts';
import { memoryArea, memoryStorage } from '../../test/fakes/storage.ts';
import { sealedRecord } from '../storage/sealed-record.ts';
import { recordAccess } from '../../src/storage/records.ts';
import { wipeOnSignOut } from '../storage/wipe.ts';
import { keptSession } from './kept-session.ts';

const binding = {
  identityPoolId: 'us-east-1:p',
  region: 'us-east-1',
  issuer: 'https://idp.example',
  clientId: 'c',
  tokenEndpoint: 'https://idp.example/token',
  loginKey: 'idp.example',
};
const user: SignedIn = { binding, subject: 'alice', idToken: 'id-token', idTokenExpiresAt: 1, refreshToken: 'refresh-1' };

/** One browser profile: its IndexedDB outlives `restart()`, its `storage.session` does not. */
function profile() {
  const { database } = memoryStorage();
  const start = () => {
    const record = recordAccess({ session: memoryArea(), database });
    const session = keptSession({
      working: record('auth'),
      kept: sealedRecord({ schema: SignedInSchema, sealed: record('keptSession'), key: record('sessionKey'), purpose: 'kept session' }),
      choice: record('staySignedIn'),
    });
    return { record, session };
  };
  let current = start();
  return {
    get current() {
      return current;
    },
    restart() {
      current = start();
    },
    wipe: () => wipeOnSignOut(current.record, { database }),
  };
}

describe('kept session', () => {
  it('is signed in again after a browser restart, from the sealed copy, and writes the working copy back', async () => {
    const browser = profile();
    await browser.current.session.auth.set(user);
    browser.restart();
    expect(await browser.current.record('auth').get()).toBeUndefined();
    expect(await browser.current.session.auth.get()).toEqual(user);
    expect(await browser.current.record('auth').get()).toEqual(user);
  });

  it('keeps every renewal, so a rotated refresh token is the one restored', async () => {
    const browser = profile();
    await browser.current.session.auth.set(user);
    await browser.current.session.auth.set({ ...user, refreshToken: 'refresh-2' });
    browser.restart();
    expect(await browser.current.session.auth.get()).toMatchObject({ refreshToken: 'refresh-2' });
  });

  it('an ended session stays ended after a restart', async () => {
    const browser = profile();
    await browser.current.session.auth.set(user);
    await browser.current.session.auth.remove();
    browser.restart();
    expect(await browser.current.session.auth.get()).toBeUndefined();
  });

  it('sign-out (the registry wipe) leaves nothing to restore', async () => {
    const browser = profile();
    await browser.current.session.auth.set(user);
    await browser.wipe();
    browser.restart();
    expect(await browser.current.session.auth.get()).toBeUndefined();
  });

  it('"Stay signed in" off removes the kept copy at once and keeps nothing after; on again keeps the current session', async () => {
    const browser = profile();
    await browser.current.session.auth.set(user);
    await browser.current.session.setStaySignedIn(false);
    expect(await browser.current.record('keptSession').get()).toBeUndefined();
    expect(await browser.current.record('sessionKey').get()).toBeUndefined();
    // Still signed in in this browser session, memory only.
    expect(await browser.current.session.auth.get()).toEqual(user);
    await browser.current.session.auth.set({ ...user, refreshToken: 'refresh-2' });
    expect(await browser.current.record('keptSession').get()).toBeUndefined();
    expect(await browser.current.session.staySignedIn()).toBe(false);
    await browser.current.session.setStaySignedIn(true);
    browser.restart();
    expect(await browser.current.session.auth.get()).toMatchObject({ refreshToken: 'refresh-2' });
  });

  it('is on by default', async () => {
    expect(await profile().current.session.staySignedIn()).toBe(true);
  });
});
