import type { Client } from '../src/messaging/client.ts';
import { useStatus } from '../src/ui/use-status.ts';

export function OptionsApp({ client }: { client: Client }) {
  const current = useStatus(client);
  return (
    <main>
      <h1>Tote settings</h1>
      {current.state === 'loading' && <p>Connecting to Tote…</p>}
      {current.state === 'error' && <p class="error" role="alert">{current.error.message}</p>}
      {current.state === 'ready' && (
        <dl data-testid="status">
          <dt>Version</dt>
          <dd>{current.status.version}{current.status.development ? ' (development build)' : ''}</dd>
          <dt>Browser</dt>
          <dd>{current.status.browser === 'chrome' ? 'Chrome' : 'Firefox'}</dd>
          <dt>Connection</dt>
          <dd>{current.status.configured ? 'Configured' : 'Not configured'}</dd>
        </dl>
      )}
    </main>
  );
}
