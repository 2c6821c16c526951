import { describe, expect, it } from 'vitest';
import { memoryArea, memoryStorage } from '../../test/fakes/storage.ts';

const settings = {
  version: 1,
  region: 'us-east-1',
  identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
  bucket: 'tote',
  allowGuests: true,
} as const;

describe('the typed record accessor', () => {
  it('keeps database records in tote-state and session records in storage.session', async () => {
    const session = memoryArea();
    const storage = memoryStorage(session);
    await storage.record('settings').set(settings);
    await storage.record('authNotice').set({ code: 'session_expired', message: 'm', at: 1 });
    expect(storage.database('tote-state').contents('records').get('settings')).toEqual(settings);
    expect([...session.items.keys()]).toEqual(['authNotice']);
    await expect(storage.record('settings').get()).resolves.toEqual(settings);
  });

  it('reads a record that does not match its schema as absent', async () => {
    const storage = memoryStorage();
    storage.database('tote-state').contents('records').set('settings', { version: 1, region: 'nowhere' });
    await expect(storage.record('settings').get()).resolves.toBeUndefined();
  });

  it('refuses to write a value that does not match the schema', async () => {
    const storage = memoryStorage();
    await expect(storage.record('settings').set({ ...settings, bucket: 'Bad_Bucket' })).rejects.toThrow();
    await expect(storage.record('settings').get()).resolves.toBeUndefined();
  });
});
