/**
 * The signed-in user's id_token for the login key check — only where it already goes: when the
 * form's provider issued it, and the form's Cognito service (region and endpoint) is the saved
 * settings' one. Unsaved settings may name any endpoint; a token must never follow a typo there.
 */
import type { Settings } from '../../src/settings/schema.ts';
import type { SessionRecord, SignedIn } from '../identity/records.ts';
import { issuerOf } from './login-key.ts';

/** The id_token must stay valid this long, or Cognito may see it expire mid-check. */
const MARGIN_MS = 60_000;

export function signedInToken(auth: SessionRecord<SignedIn>, loadSettings: () => Promise<Settings | undefined>, now: () => number) {
  return async (settings: Settings): Promise<string | undefined> => {
    const [user, saved] = await Promise.all([auth.get(), loadSettings()]);
    if (user === undefined || saved === undefined || settings.provider === undefined) return undefined;
    if (user.issuer !== issuerOf(settings.provider) || user.idTokenExpiresAt - now() < MARGIN_MS) return undefined;
    if (saved.region !== settings.region || saved.cognitoEndpoint !== settings.cognitoEndpoint) return undefined;
    return user.idToken;
  };
}
