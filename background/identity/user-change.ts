/**
 * The signed-in session's record, saying so before another user (or none) takes the place of the
 * one stored: what was kept for whoever was signed in must stop being shown first (the listing
 * cache, background/s3/listing-cache.ts). Fresh tokens for the same user are no change.
 */
import type { SignedIn } from '../../src/storage/identity-records.ts';
import type { StoredRecord } from '../../src/storage/records.ts';
import { userKey } from './credential-broker.ts';

export function announcingUserChange(auth: StoredRecord<SignedIn>, changing: () => Promise<void>): StoredRecord<SignedIn> {
  return {
    get: () => auth.get(),
    async set(user) {
      if (userKey(await auth.get()) !== userKey(user)) await changing();
      await auth.set(user);
    },
    async remove() {
      await changing();
      await auth.remove();
    },
  };
}
