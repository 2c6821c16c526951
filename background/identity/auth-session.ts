/**
 * The signed-in session in `storage.session`: who is signed in, their tokens, and renewing the
 * id_token with the refresh token. A renewal that fails for good ends the session ("expired")
 * and the user continues as a guest where the pool allows it.
 */
import { t } from '../../src/i18n/t.ts';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { Notice, SignedIn, StoredCredentials } from '../../src/storage/identity-records.ts';
import type { StoredRecord } from '../../src/storage/records.ts';
import type { IdentityProvider } from './authorization-server.ts';
import { runRefresh } from './refresh-flow.ts';
import { providerKeepsBinding, settingsKeepBinding } from './session-binding.ts';
import { runSignIn } from './sign-in-flow.ts';
import type { TokenSet } from './token-set.ts';
import type { WebAuthFlow } from './web-auth-flow.ts';

/** Renew the id_token when less than this remains, so Cognito never sees an expired one. */
export const ID_TOKEN_MARGIN_MS = 60_000;

export interface AuthSessionDependencies {
  auth: StoredRecord<SignedIn>;
  notice: StoredRecord<Notice>;
  credentials: StoredRecord<StoredCredentials>;
  identityProvider(settings: Settings): Promise<IdentityProvider>;
  /** For the silent attempt (`prompt=none`, no window) when the refresh token is refused or absent. */
  flow: WebAuthFlow;
  now(): number;
  /** Called after the session ended for good (expired, or its provider moved), with the sentence that says why. */
  onEnded(reason: string): void;
}

export function createAuthSession(deps: AuthSessionDependencies) {
  let refreshing: Promise<SignedIn | undefined> | undefined;

  async function current(settings: Settings): Promise<SignedIn | undefined> {
    const user = await deps.auth.get();
    // Settings that no longer name where the session came from get no session (and no token).
    return user !== undefined && settingsKeepBinding(user.binding, settings) ? user : undefined;
  }

  async function end(code: ErrorCode, message: string): Promise<void> {
    await deps.auth.remove();
    await deps.credentials.remove();
    await deps.notice.set({ code, message, at: deps.now() });
    deps.onEnded(message);
  }

  /**
   * Tokens from the provider's live session, with no window; undefined where it has none (or it is
   * someone else's). A provider out of reach is not an answer: the session stays for a later try.
   */
  async function silently(provider: IdentityProvider, user: SignedIn): Promise<TokenSet | undefined> {
    try {
      const tokens = await runSignIn(provider, deps.flow, { silent: true });
      return tokens.subject === user.subject ? tokens : undefined;
    } catch (error) {
      if (error instanceof ToteError && error.code === ErrorCode.IdpUnreachable) throw error;
      return undefined;
    }
  }

  async function renew(settings: Settings, user: SignedIn): Promise<SignedIn | undefined> {
    let reason = t('errorSessionExpired');
    try {
      const provider = await deps.identityProvider(settings);
      if (!providerKeepsBinding(user.binding, provider)) {
        await end(ErrorCode.SessionExpired, t('errorSignedOutEndpointsChanged'));
        return undefined;
      }
      if (user.refreshToken !== undefined) {
        try {
          return await keep({ ...user, ...(await runRefresh(provider, user.refreshToken, user.subject)) });
        } catch (error) {
          if (!(error instanceof ToteError && error.code === ErrorCode.SessionExpired)) throw error;
          reason = error.message;
        }
      }
      const { refreshToken: _refused, ...rest } = user;
      const silent = await silently(provider, user);
      if (silent !== undefined) return await keep({ ...rest, ...silent });
    } catch (error) {
      if (!(error instanceof ToteError && error.code === ErrorCode.SessionExpired)) throw error;
      reason = error.message;
    }
    await end(ErrorCode.SessionExpired, settings.allowGuests ? t('errorSessionEndedStillGuest', reason) : reason);
    return undefined;
  }

  async function keep(renewed: SignedIn): Promise<SignedIn> {
    await deps.auth.set(renewed);
    return renewed;
  }

  return {
    current,
    /** The user with an id_token valid for at least ID_TOKEN_MARGIN_MS; concurrent callers share one renewal. */
    async fresh(settings: Settings, user: SignedIn): Promise<SignedIn | undefined> {
      if (user.idTokenExpiresAt - deps.now() > ID_TOKEN_MARGIN_MS) return user;
      refreshing ??= renew(settings, user).finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    },
  };
}

export type AuthSession = ReturnType<typeof createAuthSession>;
