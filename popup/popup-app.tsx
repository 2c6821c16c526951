/** The popup: who you are in the header, then the files of your scope. */
import { browser } from '../src/browser.ts';
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import { useBackground } from '../src/ui/use-background.ts';
import type { KeptViewer } from '../src/storage/kept-listing.ts';
import { AccountBar } from './account-bar.tsx';
import { Locations } from './locations.tsx';
/**
 * `kept`: the viewer whose listings the background kept, read before the first render
 * (startPopup). Until the background answers (it may be starting), it lays out their files, so
 * the kept listing shows at once (kept-listing.ts); the answer then decides.
 */
export function PopupApp({ client, kept }: { client: Client; kept?: KeptViewer | undefined }) {
  const { answer: auth, reload } = useBackground(client, 'auth.status', {}, { refreshOn: 'auth.changed', failureOf: (status) => status.error });
  const status = auth.state === 'ready' ? auth.value : undefined;
  const waiting = auth.state === 'loading' ? kept : undefined;
  const identityId = status ? status.identityId : waiting?.identityId;
  const signedIn = status ? status.state === 'signed-in' : (waiting?.signedIn ?? false);
  return (
    <>
      <header>
        <img src="../icons/tote-32.png" alt="" />
        <h1>{t('extensionName')}</h1>
        {status && status.state !== 'not-configured' && <AccountBar client={client} status={status} onRetry={() => void reload()} />}
      </header>
      <main>
        {auth.state === 'loading' && waiting === undefined && (
          <p class="notice" role="status">
            {t('popupConnecting')}
          </p>
        )}
        {auth.state === 'error' && (
          <>
            <p class="notice error" role="alert">
              {auth.error.message}
            </p>
            <button type="button" onClick={() => void reload()}>
              {t('tryAgainButton')}
            </button>
          </>
        )}
        {status?.state === 'not-configured' && (
          <>
            <p class="notice">{t('popupNotConfigured')}</p>
            <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('popupOpenSettings')}
            </button>
          </>
        )}
        {identityId && <Locations client={client} signedIn={signedIn} identityId={identityId} />}
      </main>
    </>
  );
}
