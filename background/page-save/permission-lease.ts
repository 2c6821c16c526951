/**
 * A permission a save asks for (another site's host access, `pageCapture`) is held only while
 * saves need it: when the last save using it ends, it is given back (`permissions.remove`),
 * unless the user had granted it before, for instance to let Tote run on that site.
 *
 * `acquire` must be called inside the click, before any await: browsers show a permission prompt
 * only during the user's gesture. It starts `contains` before `request`, so `contains` answers
 * with what was held before this click (a grant needs the user's answer, which comes later).
 */
import type { Permissions } from 'webextension-polyfill';

type PermissionsApi = Pick<Permissions.Static, 'contains' | 'request' | 'remove'>;

export interface Lease {
  /** Resolves to whether the permission is held now (asked for and granted, or held before). */
  held: Promise<boolean>;
  /** The save is over: gives the permission back if this was the last save holding it and nobody had granted it before. */
  release(): Promise<void>;
}

interface Shared {
  users: number;
  held: Promise<boolean>;
  /** Whether this lease's request granted something that was not held before. */
  grantedHere: Promise<boolean>;
}

export function permissionLeases(permissions: PermissionsApi) {
  const shared = new Map<string, Shared>();
  return function acquire(wanted: Permissions.Permissions): Lease {
    const id = JSON.stringify(wanted);
    let entry = shared.get(id);
    if (entry === undefined) {
      const before = permissions.contains(wanted).catch(() => false);
      const granted = permissions.request(wanted).catch(() => false);
      const held = Promise.all([before, granted]).then(async ([was, now]) => was || now || (await permissions.contains(wanted).catch(() => false)));
      entry = { users: 0, held, grantedHere: Promise.all([before, granted]).then(([was, now]) => now && !was) };
      shared.set(id, entry);
    }
    entry.users++;
    const mine = entry;
    let released = false;
    return {
      held: mine.held,
      async release() {
        if (released) return;
        released = true;
        if (--mine.users > 0) return;
        const giveBack = await mine.grantedHere;
        // Another save may have started with it meanwhile: it keeps the permission.
        if (mine.users > 0 || shared.get(id) !== mine) return;
        shared.delete(id);
        if (giveBack) await permissions.remove(wanted).catch((error: unknown) => console.warn('Tote: could not give back a permission', error));
      },
    };
  };
}
