/**
 * Sign-in, sign-out and the status the popup shows, on top of the session and the broker.
 */
import { t } from '../../src/i18n/t.ts';
import { ErrorCode, type ErrorInfo, ToteError } from '../../src/messaging/errors.ts';
import type { AuthStatus } from '../../src/messaging/protocol.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { Notice, SignedIn, StoredCredentials } from '../../src/storage/identity-records.ts';
import type { StoredRecord } from '../../src/storage/records.ts';
import type { AuthSession } from './auth-session.ts';
import type { IdentityProvider } from './authorization-server.ts';
import type { KeptSession } from './kept-session.ts';
import type { CredentialBroker } from './credential-broker.ts';
import { endProviderSession } from './end-session.ts';
import { revokeRefreshToken } from './revoke-token.ts';
import { bindingFor, settingsKeepBinding } from './session-binding.ts';
import { runSignIn } from './sign-in-flow.ts';
import type { TokenSet } from './token-set.ts';
import type { WebAuthFlow } from './web-auth-flow.ts';

export interface AuthServiceDependencies {
  loadSettings(): Promise<Settings | undefined>;
  session: AuthSession;
  broker: CredentialBroker;
  auth: StoredRecord<SignedIn>;
  notice: StoredRecord<Notice>;
  credentials: StoredRecord<StoredCredentials>;
  identityProvider(settings: Settings): Promise<IdentityProvider>;
  flow: WebAuthFlow;
  /** "Stay signed in on this browser". */
  kept: Pick<KeptSession, 'staySignedIn' | 'setStaySignedIn'>;
  /** Whether the next sign-in must prompt for the password (set by sign-out). */
  promptLogin: { get(): Promise<boolean>; set(value: boolean): Promise<void> };
  /**
   * Sign-out, before the wipe (it still needs the user's credentials): cancel the user's uploads
   * and abort their multipart uploads.
   */
  cancelUserWork(): Promise<void>;
  /** Sign-out: removes every record and entry the registry marks `sign-out` (background/storage/wipe.ts). */
  wipe(): Promise<void>;
  now(): number;
  changed(): void;
}

export function createAuthService(deps: AuthServiceDependencies) {
  async function settingsOrThrow(): Promise<Settings> {
    const settings = await deps.loadSettings();
    if (settings === undefined) throw new ToteError(ErrorCode.NotConfigured, t('errorNotConfigured'));
    return settings;
  }

  async function status(): Promise<AuthStatus> {
    const settings = await deps.loadSettings();
    if (settings === undefined) return { state: 'not-configured', canSignIn: false, staySignedIn: await deps.kept.staySignedIn() };
    let credentials: StoredCredentials | undefined;
    let error: ErrorInfo | undefined;
    try {
      credentials = await deps.broker.get();
    } catch (thrown) {
      if (!(thrown instanceof ToteError)) throw thrown;
      error = thrown.toInfo();
    }
    // Read after the broker: getting credentials may itself have ended the session.
    const notice = await deps.notice.get();
    const staySignedIn = await deps.kept.staySignedIn();
    const base = { canSignIn: settings.provider !== undefined, staySignedIn, ...(notice ? { notice: { code: notice.code, message: notice.message } } : {}) };
    const user = await deps.session.current(settings);
    const state = user ? 'signed-in' : notice?.code === ErrorCode.SessionExpired ? 'expired' : settings.allowGuests ? 'guest' : 'signed-out';
    return {
      state,
      ...base,
      ...(user ? { user: { subject: user.subject, ...(user.email ? { email: user.email } : {}), ...(user.name ? { name: user.name } : {}) } } : {}),
      // Without a refresh token nothing can renew the session after the browser closes.
      ...(user && staySignedIn && user.refreshToken === undefined ? { endsWithBrowser: true as const } : {}),
      ...(credentials ? { identityId: credentials.identityId, credentialsExpireAt: credentials.expiration } : {}),
      ...(error ? { error } : {}),
    };
  }

  async function signIn(): Promise<AuthStatus> {
    const settings = await settingsOrThrow();
    const provider = await deps.identityProvider(settings);
    let tokens: TokenSet;
    try {
      tokens = await runSignIn(provider, deps.flow, { forceLogin: await deps.promptLogin.get() });
    } catch (error) {
      if (error instanceof ToteError && error.code === ErrorCode.SignInCancelled) {
        await deps.notice.set({ code: error.code, message: t('errorSignInCancelledStillGuest'), at: deps.now() });
        deps.changed();
      }
      throw error;
    }
    await deps.auth.set({ binding: bindingFor(settings, provider), ...tokens });
    await deps.promptLogin.set(false);
    await deps.credentials.remove();
    await deps.notice.remove();
    deps.broker.reset();
    try {
      await deps.broker.get();
    } catch (error) {
      // Cognito refused this sign-in (wrong provider, audience…): do not stay half signed in.
      await deps.auth.remove();
      deps.broker.reset();
      deps.changed();
      throw error;
    }
    deps.changed();
    return status();
  }

  /**
   * Leaves nothing of the user behind (docs/security.md): uploads cancelled and their multipart
   * uploads aborted, every `sign-out` record and entry wiped, then — with the tokens already
   * gone from storage — the refresh token revoked and the provider's session ended, both at the
   * endpoints the session was bound to.
   */
  async function signOut(notice?: Omit<Notice, 'at'>): Promise<AuthStatus> {
    const user = await deps.auth.get();
    await deps.cancelUserWork().catch((error: unknown) => console.warn('Tote: could not cancel every upload at sign-out', error));
    await deps.wipe();
    if (user !== undefined) await deps.promptLogin.set(true);
    if (notice) await deps.notice.set({ ...notice, at: deps.now() });
    deps.broker.reset();
    deps.changed();
    if (user !== undefined) {
      if (user.refreshToken !== undefined) await revokeRefreshToken(user.binding, user.refreshToken);
      await endProviderSession(user.binding, user.idToken, deps.flow);
    }
    return status();
  }

  /**
   * Before settings are replaced: if they no longer name where the signed-in session came from,
   * the user is signed out first, so no token follows the change. Answers whether that happened.
   */
  async function beforeSettingsChange(next: Settings): Promise<boolean> {
    const user = await deps.auth.get();
    if (user === undefined || settingsKeepBinding(user.binding, next)) return false;
    await signOut({
      code: ErrorCode.SessionExpired,
      message: t('errorSignedOutSettingsChanged'),
    });
    return true;
  }

  async function setStaySignedIn(on: boolean): Promise<AuthStatus> {
    await deps.kept.setStaySignedIn(on);
    deps.changed();
    return status();
  }

  return { status, signIn, signOut: () => signOut(), beforeSettingsChange, setStaySignedIn };
}

export type AuthService = ReturnType<typeof createAuthService>;
