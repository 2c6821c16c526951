/** Who you are (guest, signed in, session expired) with sign-in and sign-out. */
import { useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import type { ErrorInfo } from '../src/messaging/errors.ts';
import type { AuthStatus } from '../src/messaging/protocol.ts';

function describe(status: AuthStatus): string {
  switch (status.state) {
    case 'signed-in':
      return 'Signed in as';
    case 'expired':
      return 'Session expired';
    case 'guest':
      return 'Guest';
    case 'signed-out':
      return 'Signed out';
    default:
      return 'Not set up';
  }
}

export function AccountBar({ client, status, onRetry }: { client: Client; status: AuthStatus; onRetry: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | undefined>();
  const run = async (name: 'auth.signIn' | 'auth.signOut') => {
    setBusy(true);
    setError(undefined);
    const reply = await client.call(name, {});
    if (!reply.ok) setError(reply.error);
    setBusy(false);
  };
  const signedIn = status.state === 'signed-in';
  return (
    <section class="account" aria-label="Account">
      {/* The name only, so the line fits the popup; the e-mail is its title (on hover, and its accessible description). */}
      <p class="who" data-testid="auth-state" data-state={status.state} title={signedIn ? status.user?.email : undefined}>
        {describe(status)}
        {signedIn && (
          <>
            {' '}
            <span class="name">{status.user?.name ?? status.user?.email ?? status.user?.subject}</span>
          </>
        )}
      </p>
      {status.identityId && (
        <p class="identity" data-testid="identity-id">
          Identity: <code>{status.identityId}</code>
        </p>
      )}
      {signedIn && status.endsWithBrowser && (
        <p class="notice" role="status" data-testid="ends-with-browser">
          Your identity provider gave Tote no refresh token, so you will have to sign in again after closing the browser.
        </p>
      )}
      {status.notice && !signedIn && (
        <p class="notice" role="status" data-testid="auth-notice" data-code={status.notice.code}>
          {status.notice.message}
        </p>
      )}
      {status.error && (
        <>
          <p class="notice error" role="alert" data-testid="auth-error" data-code={status.error.code}>
            {status.error.message}
          </p>
          {status.error.retryable && (
            <button type="button" class="small" onClick={onRetry}>
              Try again
            </button>
          )}
        </>
      )}
      {error && (
        <p class="notice error" role="alert" data-testid="action-error" data-code={error.code}>
          {error.message}
        </p>
      )}
      {signedIn ? (
        <button type="button" class="small" disabled={busy} onClick={() => void run('auth.signOut')} data-testid="sign-out">
          Sign out
        </button>
      ) : (
        status.canSignIn && (
          <button type="button" disabled={busy} onClick={() => void run('auth.signIn')} data-testid="sign-in">
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        )
      )}
    </section>
  );
}
