import { describe, expect, it } from 'vitest';
import { memoryArea, memoryStorage } from '../../test/fakes/storage.ts';
import { moveLegacyLocal } from './legacy-local.ts';

const settings = {
  version: 1,
  region: 'us-east-1',
  identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
  bucket: 'tote',
  allowGuests: true,
  saveFolder: 'private/${identityId}/clips/',
} as const;

describe("moving an older Tote's storage.local", () => {
  it('moves valid settings and the prompt flag once, and removes them from storage.local', async () => {
    const local = memoryArea();
    await local.set({ settings, promptLogin: true, unrelated: 1 });
    const storage = memoryStorage();
    await moveLegacyLocal(local, storage.record);
    await expect(storage.record('settings').get()).resolves.toEqual(settings);
    await expect(storage.record('promptLogin').get()).resolves.toBe(true);
    expect([...local.items.keys()]).toEqual(['unrelated']);
  });

  it('never reads storage.local again: a later write there (a content script can write it) changes nothing', async () => {
    const local = memoryArea();
    const storage = memoryStorage();
    await moveLegacyLocal(local, storage.record);
    await local.set({ settings: { ...settings, cognitoEndpoint: 'https://attacker.example' } });
    await moveLegacyLocal(local, storage.record);
    await expect(storage.record('settings').get()).resolves.toBeUndefined();
  });

  it('keeps settings already in the database over what storage.local holds', async () => {
    const local = memoryArea();
    await local.set({ settings: { ...settings, bucket: 'from-local' } });
    const storage = memoryStorage();
    await storage.record('settings').set(settings);
    await moveLegacyLocal(local, storage.record);
    await expect(storage.record('settings').get()).resolves.toEqual(settings);
    expect(local.items.size).toBe(0);
  });

  it('does not move invalid settings', async () => {
    const local = memoryArea();
    await local.set({ settings: { version: 1, bucket: 'x' } });
    const storage = memoryStorage();
    await moveLegacyLocal(local, storage.record);
    await expect(storage.record('settings').get()).resolves.toBeUndefined();
  });
});
