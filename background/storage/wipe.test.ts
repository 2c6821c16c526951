import { describe, expect, it } from 'vitest';
import { storageKeys } from '../../src/storage/keys.ts';
import { memoryArea, memoryStorage } from '../../test/fakes/storage.ts';

const settings = {
  version: 1,
  region: 'us-east-1',
  identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
  bucket: 'tote',
  allowGuests: true,
} as const;
const POOL = settings.identityPoolId;

describe("sign-out's wipe", () => {
  it('removes every sign-out record and entry, keeps settings, consents and the guest identity id', async () => {
    const session = memoryArea();
    const storage = memoryStorage(session);
    await storage.record('settings').set(settings);
    await storage.record('credentials').set({
      identityPoolId: POOL,
      cognitoService: 'us-east-1 aws',
      user: 'user:k#s',
      identityId: 'us-east-1:u',
      accessKeyId: 'AKIA',
      secretAccessKey: 's',
      expiration: 1,
    });
    await storage.record('authNotice').set({ code: 'session_expired', message: 'm', at: 1 });
    await storage.database('tote-identity-ids')('entries').put('us-east-1:g', `${POOL}|ANONYMOUS`);
    await storage.database('tote-identity-ids')('entries').put('us-east-1:u', `${POOL}|user:k#s`);
    await storage.database('tote-bridge-consents')('entries').put('{}', 'consents');
    await storage.database('tote-transfers')('records').put({ id: 't1', key: 'private/us-east-1:u/a' });
    await storage
      .database('tote-transfers')('files')
      .put(new Blob(['x']), 't1');

    await storage.wipe();

    expect(session.items.size).toBe(0);
    await expect(storage.record('settings').get()).resolves.toEqual(settings);
    expect([...storage.database('tote-identity-ids').contents('entries').keys()]).toEqual([`${POOL}|ANONYMOUS`]);
    expect(storage.database('tote-bridge-consents').contents('entries').size).toBe(1);
    expect(storage.database('tote-transfers').contents('records').size).toBe(0);
    expect(storage.database('tote-transfers').contents('files').size).toBe(0);
  });

  it('the registry keeps every secret in storage.session, wiped at sign-out', () => {
    for (const [name, key] of Object.entries(storageKeys)) {
      if (key.secret) expect({ name, area: key.area, wipedOn: key.wipedOn }).toEqual({ name, area: 'session', wipedOn: 'sign-out' });
    }
  });
});
