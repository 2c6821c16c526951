/**
 * What the options page says when saved or imported settings named another identity pool,
 * Cognito service or identity provider: the session does not follow such a change
 * (background/identity/session-binding.ts), so the background signed the user out first.
 */
export const SIGNED_OUT_BY_CHANGE =
  'Settings saved. You were signed out, because they name another identity pool or identity provider than the one you signed in with.';
