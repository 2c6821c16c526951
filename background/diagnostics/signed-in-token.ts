/**
 * The signed-in user's id_token for the login key check — only where it already goes: when the
 * form's provider issued it, and the form's Cognito service (region and endpoint) is the saved
 * settings' one. Unsaved settings may name any endpoint; a token must never follow a typo there.
 */
import type { Settings } from '../../src/settings/schema.ts';
import type { SignedIn } from '../../src/storage/identity-records.ts';
import { settingsKeepBinding } from '../identity/session-binding.ts';
import type { StoredRecord } from '../../src/storage/records.ts';

/** The id_token must stay valid this long, or Cognito may see it expire mid-check. */
const MARGIN_MS = 60_000;

export function signedInToken(auth: Pick<StoredRecord<SignedIn>, 'get'>, loadSettings: () => Promise<Settings | undefined>, now: () => number) {
  return async (settings: Settings): Promise<string | undefined> => {
    const [user, saved] = await Promise.all([auth.get(), loadSettings()]);
    if (user === undefined || saved === undefined || settings.provider === undefined) return undefined;
    // Only to the Cognito service and provider the session is bound to, whichever settings the form holds.
    if (!settingsKeepBinding(user.binding, saved) || !settingsKeepBinding(user.binding, { ...settings, identityPoolId: saved.identityPoolId }))
      return undefined;
    if (user.idTokenExpiresAt - now() < MARGIN_MS) return undefined;
    return user.idToken;
  };
}
