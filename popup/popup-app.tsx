import { browser } from '../src/browser.ts';
import type { Client } from '../src/messaging/client.ts';
import { useStatus } from '../src/ui/use-status.ts';

export function PopupApp({ client }: { client: Client }) {
  const current = useStatus(client);
  return (
    <>
      <header>
        <img src="../icons/tote-32.png" alt="" />
        <h1>Tote</h1>
        {current.state === 'ready' && <span class="version">v{current.status.version}</span>}
      </header>
      <main aria-live="polite">
        {current.state === 'loading' && <p class="notice">Connecting to Tote…</p>}
        {current.state === 'error' && <p class="notice error" role="alert">{current.error.message}</p>}
        {current.state === 'ready' && !current.status.configured && (
          <>
            <p class="notice" data-testid="not-configured">Tote is not connected to a bucket yet.</p>
            <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>Open settings</button>
          </>
        )}
        {current.state === 'ready' && current.status.configured && <p class="notice" data-testid="configured">Connected.</p>}
      </main>
    </>
  );
}
