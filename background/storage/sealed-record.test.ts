import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SignedInSchema, type SignedIn } from '../../src/storage/identity-records.ts';
import { memoryStorage } from '../../test/fakes/storage.ts';
import { indexedDatabase } from '../../src/storage/database.ts';
import { recordAccess } from '../../src/storage/records.ts';
import { sealedRecord } from './sealed-record.ts';

const binding = {
  identityPoolId: 'us-east-1:p',
  region: 'us-east-1',
  issuer: 'https://idp.example',
  clientId: 'c',
  tokenEndpoint: 'https://idp.example/token',
  loginKey: 'idp.example',
};
const user: SignedIn = { binding, subject: 'alice', idToken: 'id-token-secret', idTokenExpiresAt: 1, refreshToken: 'refresh-token-secret' };

function setup(storage = memoryStorage()) {
  const sealed = storage.record('keptSession');
  const key = storage.record('sessionKey');
  return { storage, sealed, key, kept: sealedRecord({ schema: SignedInSchema, sealed, key, purpose: 'kept session' }) };
}

const stored = (storage: ReturnType<typeof memoryStorage>) => storage.database('tote-state').contents('records');

describe('sealed record', () => {
  it('reads back what it wrote, and stores only ciphertext beside a non-extractable key', async () => {
    const { storage, kept, key } = setup();
    await kept.set(user);
    expect(await kept.get()).toEqual(user);
    const text = new TextDecoder().decode(new Uint8Array((stored(storage).get('keptSession') as { ciphertext: ArrayBuffer }).ciphertext));
    expect(text).not.toContain('refresh-token-secret');
    expect(text).not.toContain('alice');
    const cryptoKey = (await key.get()) as CryptoKey;
    expect(cryptoKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', cryptoKey)).rejects.toThrow();
  });

  it('uses a fresh IV for every write', async () => {
    const { storage, kept } = setup();
    await kept.set(user);
    const first = stored(storage).get('keptSession') as { iv: Uint8Array };
    await kept.set(user);
    const second = stored(storage).get('keptSession') as { iv: Uint8Array };
    expect([...second.iv]).not.toEqual([...first.iv]);
  });

  it('opens nothing with another key (a key replaced, or ciphertext copied from another profile)', async () => {
    const { kept, key } = setup();
    await kept.set(user);
    await key.set(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));
    expect(await kept.get()).toBeUndefined();
  });

  it('opens nothing from tampered ciphertext or a tampered IV', async () => {
    const { kept, sealed } = setup();
    await kept.set(user);
    const box = (await sealed.get())!;
    const flipped = new Uint8Array(box.ciphertext.slice(0));
    flipped[3] = (flipped[3] as number) ^ 1;
    await sealed.set({ ...box, ciphertext: flipped.buffer });
    expect(await kept.get()).toBeUndefined();
    const iv = new Uint8Array(box.iv);
    iv[0] = (iv[0] as number) ^ 1;
    await sealed.set({ ...box, iv });
    expect(await kept.get()).toBeUndefined();
  });

  it('opens nothing sealed for another purpose under the same key', async () => {
    const { storage, kept, sealed, key } = setup();
    const other = sealedRecord({ schema: SignedInSchema, sealed: storage.record('keptSession'), key, purpose: 'something else' });
    await other.set(user);
    expect(await sealed.get()).toBeDefined();
    expect(await kept.get()).toBeUndefined();
  });

  it('treats a record from an older version as absent: another format, or a plaintext of an older shape', async () => {
    const { storage, kept, sealed, key } = setup();
    await kept.set(user);
    const box = (await sealed.get())!;
    stored(storage).set('keptSession', { ...box, version: 0 });
    expect(await kept.get()).toBeUndefined();
    // Sealed correctly, but what it holds is an older session shape (no binding): not restored.
    const older = sealedRecord({ schema: SignedInSchema.entries.subject, sealed, key, purpose: 'kept session' });
    await older.set('alice');
    expect(await kept.get()).toBeUndefined();
  });

  it('refuses a key that could be exported', async () => {
    const { key } = setup();
    const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    await expect(key.set(extractable)).rejects.toThrow();
  });

  it('removes the ciphertext and its key; the next write seals under a new key', async () => {
    const { kept, key, sealed } = setup();
    await kept.set(user);
    const first = await key.get();
    await kept.remove();
    expect(await sealed.get()).toBeUndefined();
    expect(await key.get()).toBeUndefined();
    await kept.set(user);
    expect(await key.get()).not.toBe(first);
    expect(await kept.get()).toEqual(user);
  });

  it('shares one new key between concurrent first writes', async () => {
    const { kept } = setup();
    await Promise.all([kept.set(user), kept.set({ ...user, idToken: 'other' })]);
    expect(await kept.get()).toMatchObject({ subject: 'alice' });
  });

  it('keeps the key through a real IndexedDB round trip (structured clone of a CryptoKey), still not extractable', async () => {
    const record = recordAccess({ session: memoryStorage().backends.session, database: indexedDatabase });
    const kept = sealedRecord({ schema: SignedInSchema, sealed: record('keptSession'), key: record('sessionKey'), purpose: 'kept session' });
    await kept.set(user);
    expect(await kept.get()).toEqual(user);
    expect(((await record('sessionKey').get()) as CryptoKey).extractable).toBe(false);
  });

  it('is wiped at sign-out with the rest of the session', async () => {
    const { storage, kept, key } = setup();
    await kept.set(user);
    await storage.wipe();
    expect(await kept.get()).toBeUndefined();
    expect(await key.get()).toBeUndefined();
  });
});
