/**
 * The signed-in session, kept across browser restarts when the user chose "Stay signed in on
 * this browser" (on unless switched off). `working` (`storage.session`) stays the copy everything
 * reads; `kept` is its sealed copy in IndexedDB (background/storage/sealed-record.ts), written
 * with every change (a refresh may rotate the refresh token) and read once per background start,
 * when the browser started again and `storage.session` is empty. The binding travels inside the
 * record, so a restored session still only talks to where it came from.
 */
import type { SignedIn } from '../../src/storage/identity-records.ts';
import type { StoredRecord } from '../../src/storage/records.ts';

export interface KeptSessionParts {
  working: StoredRecord<SignedIn>;
  kept: StoredRecord<SignedIn>;
  /** The "Stay signed in on this browser" record: absent means on. */
  choice: StoredRecord<boolean>;
}

export interface KeptSession {
  /** The session record: the working copy, restored from the kept one after a browser restart. */
  auth: StoredRecord<SignedIn>;
  staySignedIn(): Promise<boolean>;
  /** Off removes the kept copy at once; on keeps the current session from now on. */
  setStaySignedIn(on: boolean): Promise<void>;
}

export function keptSession({ working, kept, choice }: KeptSessionParts): KeptSession {
  const staySignedIn = async () => (await choice.get()) !== false;
  let restored: Promise<void> | undefined;

  const restoreOnce = () =>
    (restored ??= (async () => {
      if ((await working.get()) !== undefined || !(await staySignedIn())) return;
      const user = await kept.get();
      if (user !== undefined) await working.set(user);
    })().catch((error: unknown) => console.warn('Tote: could not restore the kept session', error)));

  const auth: StoredRecord<SignedIn> = {
    async get() {
      await restoreOnce();
      return working.get();
    },
    async set(user) {
      await restoreOnce();
      await working.set(user);
      if (await staySignedIn()) await kept.set(user);
    },
    async remove() {
      await working.remove();
      await kept.remove();
    },
  };

  return {
    auth,
    staySignedIn,
    async setStaySignedIn(on) {
      await choice.set(on);
      if (!on) return kept.remove();
      const user = await auth.get();
      if (user !== undefined) await kept.set(user);
    },
  };
}
