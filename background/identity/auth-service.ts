/**
 * Sign-in, sign-out and the status the popup shows, on top of the session and the broker.
 */
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { AuthStatus } from '../../src/messaging/protocol.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { AuthSession } from './auth-session.ts';
import type { IdentityProvider } from './authorization-server.ts';
import type { CredentialBroker } from './credential-broker.ts';
import { endProviderSession } from './end-session.ts';
import type { Notice, SessionRecord, SignedIn, StoredCredentials } from './records.ts';
import { runSignIn } from './sign-in-flow.ts';
import type { WebAuthFlow } from './web-auth-flow.ts';

export interface AuthServiceDependencies {
  loadSettings(): Promise<Settings | undefined>;
  session: AuthSession;
  broker: CredentialBroker;
  auth: SessionRecord<SignedIn>;
  notice: SessionRecord<Notice>;
  credentials: SessionRecord<StoredCredentials>;
  identityProvider(settings: Settings): Promise<IdentityProvider>;
  flow: WebAuthFlow;
  /** Whether the next sign-in must prompt for the password (set by sign-out). */
  promptLogin: { get(): Promise<boolean>; set(value: boolean): Promise<void> };
  now(): number;
  changed(): void;
}

export function createAuthService(deps: AuthServiceDependencies) {
  async function settingsOrThrow(): Promise<Settings> {
    const settings = await deps.loadSettings();
    if (settings === undefined) throw new ToteError(ErrorCode.NotConfigured, 'Tote is not connected to an identity pool and bucket yet. Open Tote\'s options to set it up.');
    return settings;
  }

  async function status(): Promise<AuthStatus> {
    const settings = await deps.loadSettings();
    if (settings === undefined) return { state: 'not-configured', canSignIn: false };
    let credentials: StoredCredentials | undefined;
    let error;
    try {
      credentials = await deps.broker.get();
    } catch (thrown) {
      if (!(thrown instanceof ToteError)) throw thrown;
      error = thrown.toInfo();
    }
    // Read after the broker: getting credentials may itself have ended the session.
    const notice = await deps.notice.get();
    const base = { canSignIn: settings.provider !== undefined, ...(notice ? { notice: { code: notice.code, message: notice.message } } : {}) };
    const user = await deps.session.current(settings);
    const state = user ? 'signed-in' : notice?.code === ErrorCode.SessionExpired ? 'expired' : settings.allowGuests ? 'guest' : 'signed-out';
    return {
      state,
      ...base,
      ...(user ? { user: { subject: user.subject, ...(user.email ? { email: user.email } : {}), ...(user.name ? { name: user.name } : {}) } } : {}),
      ...(credentials ? { identityId: credentials.identityId, credentialsExpireAt: credentials.expiration } : {}),
      ...(error ? { error } : {}),
    };
  }

  async function signIn(): Promise<AuthStatus> {
    const settings = await settingsOrThrow();
    const provider = await deps.identityProvider(settings);
    let tokens;
    try {
      tokens = await runSignIn(provider, deps.flow, { forceLogin: await deps.promptLogin.get() });
    } catch (error) {
      if (error instanceof ToteError && error.code === ErrorCode.SignInCancelled) {
        await deps.notice.set({ code: error.code, message: 'Sign-in was cancelled. You are still a guest.', at: deps.now() });
        deps.changed();
      }
      throw error;
    }
    await deps.auth.set({ identityPoolId: settings.identityPoolId, loginKey: provider.loginKey, issuer: provider.as.issuer, ...tokens });
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

  async function signOut(): Promise<AuthStatus> {
    const settings = await deps.loadSettings();
    const user = await deps.auth.get();
    await deps.auth.remove();
    await deps.credentials.remove();
    await deps.notice.remove();
    if (user !== undefined) await deps.promptLogin.set(true);
    deps.broker.reset();
    deps.changed();
    if (settings !== undefined && user !== undefined) {
      const provider = await deps.identityProvider(settings).catch(() => undefined);
      if (provider) await endProviderSession(provider, user.idToken, deps.flow);
    }
    return status();
  }

  return { status, signIn, signOut };
}

export type AuthService = ReturnType<typeof createAuthService>;
