import { browser } from '../src/browser.ts';
import type { Client } from '../src/messaging/client.ts';
import { useAuthStatus } from '../src/ui/use-auth-status.ts';
import { AccountBar } from './account-bar.tsx';
import { FileList } from './file-list.tsx';

export function PopupApp({ client }: { client: Client }) {
  const { auth } = useAuthStatus(client);
  return (
    <>
      <header>
        <img src="../icons/tote-32.png" alt="" />
        <h1>Tote</h1>
      </header>
      <main aria-live="polite">
        {auth.state === 'loading' && <p class="notice">Connecting to Tote…</p>}
        {auth.state === 'error' && <p class="notice error" role="alert">{auth.error.message}</p>}
        {auth.state === 'ready' && auth.status.state === 'not-configured' && (
          <>
            <p class="notice" data-testid="not-configured">Tote is not connected to a bucket yet.</p>
            <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>Open settings</button>
          </>
        )}
        {auth.state === 'ready' && auth.status.state !== 'not-configured' && (
          <>
            <AccountBar client={client} status={auth.status} />
            {auth.status.identityId && <FileList client={client} signedIn={auth.status.state === 'signed-in'} identityId={auth.status.identityId} />}
          </>
        )}
      </main>
    </>
  );
}
