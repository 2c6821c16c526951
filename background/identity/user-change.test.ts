import { describe, expect, it } from 'vitest';
import type { SignedIn } from '../../src/storage/identity-records.ts';
import type { StoredRecord } from '../../src/storage/records.ts';
import { announcingUserChange } from './user-change.ts';

function memoryRecord(): StoredRecord<SignedIn> {
  let value: SignedIn | undefined;
  return { get: async () => value, set: async (next) => void (value = next), remove: async () => void (value = undefined) };
}

const user = (subject: string, idToken = 'token'): SignedIn =>
  ({ binding: { loginKey: 'idp.example' }, subject, idToken, idTokenExpiresAt: 1 }) as unknown as SignedIn;

describe('the signed-in record that announces a change of user', () => {
  it('announces a sign-in, another user and a sign-out before they are stored, and not fresh tokens for the same user', async () => {
    const stored = memoryRecord();
    const said: Array<string | undefined> = [];
    const auth = announcingUserChange(stored, async () => void said.push((await stored.get())?.subject ?? 'nobody'));
    await auth.set(user('alice'));
    await auth.set(user('alice', 'renewed'));
    await auth.set(user('bob'));
    await auth.remove();
    // Each announcement came while the previous user was still the one stored.
    expect(said).toEqual(['nobody', 'alice', 'bob']);
    expect(await auth.get()).toBeUndefined();
  });
});
