/** Who you are (guest, signed in, session expired) with sign-in and sign-out. */
import { useState } from 'preact/hooks';
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import type { ErrorInfo } from '../src/messaging/errors.ts';
import type { AuthStatus } from '../src/messaging/protocol.ts';

function describe(status: AuthStatus): string {
  switch (status.state) {
    case 'signed-in':
      return t('popupSignedInAs');
    case 'expired':
      return t('popupSessionExpired');
    case 'guest':
      return t('popupGuest');
    case 'signed-out':
      return t('popupSignedOut');
    default:
      return t('popupNotSetUp');
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
    <section class="account" aria-label={t('popupAccountLabel')}>
      {/* The name only, so the line fits the popup; the e-mail is its title (on hover, and its accessible description). */}
      <p class="who" title={signedIn ? status.user?.email : undefined}>
        {describe(status)}
        {signedIn && (
          <>
            {' '}
            <span class="name">{status.user?.name ?? status.user?.email ?? status.user?.subject}</span>
          </>
        )}
      </p>
      {status.identityId && (
        <p class="identity">
          {t('popupIdentityLabel')} <code>{status.identityId}</code>
        </p>
      )}
      {signedIn && status.endsWithBrowser && (
        <p class="notice" role="status">
          {t('popupEndsWithBrowser')}
        </p>
      )}
      {status.notice && !signedIn && (
        <p class="notice" role="status" data-code={status.notice.code}>
          {status.notice.message}
        </p>
      )}
      {status.error && (
        <>
          <p class="notice error" role="alert" data-code={status.error.code}>
            {status.error.message}
          </p>
          {status.error.retryable && (
            <button type="button" class="small" onClick={onRetry}>
              {t('tryAgainButton')}
            </button>
          )}
        </>
      )}
      {error && (
        <p class="notice error" role="alert" data-code={error.code}>
          {error.message}
        </p>
      )}
      {signedIn ? (
        <button type="button" class="small" disabled={busy} onClick={() => void run('auth.signOut')}>
          {t('popupSignOutButton')}
        </button>
      ) : (
        status.canSignIn && (
          <button type="button" disabled={busy} onClick={() => void run('auth.signIn')}>
            {busy ? t('popupSigningIn') : t('popupSignInButton')}
          </button>
        )
      )}
    </section>
  );
}
