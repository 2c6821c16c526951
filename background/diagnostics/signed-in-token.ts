/** The signed-in user's id_token for the login key check, if `issuer` issued it and it is valid for a minute more. */
import type { SessionRecord, SignedIn } from '../identity/records.ts';

export function signedInToken(auth: SessionRecord<SignedIn>, now: () => number) {
  return async (issuer: string): Promise<string | undefined> => {
    const user = await auth.get();
    if (user === undefined || user.issuer !== issuer || user.idTokenExpiresAt - now() < 60_000) return undefined;
    return user.idToken;
  };
}
