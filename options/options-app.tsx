import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import type { ErrorInfo } from '../src/messaging/errors.ts';
import type { SettingsView } from '../src/messaging/protocol.ts';
import { useStatus } from '../src/ui/use-status.ts';
import { ConnectionSummary } from './connection-summary.tsx';
import { ImportSettings } from './import-settings.tsx';
import { PageIntegration } from './page-integration.tsx';

function useSettingsView(client: Client) {
  const [view, setView] = useState<SettingsView | ErrorInfo | undefined>();
  const reload = useCallback(() => {
    void client.call('settings.get', {}).then((reply) => setView(reply.ok ? reply.value : reply.error));
  }, [client]);
  useEffect(reload, [reload]);
  return { view, reload };
}

export function OptionsApp({ client, redirectUrl }: { client: Client; redirectUrl: string }) {
  const current = useStatus(client);
  const { view, reload } = useSettingsView(client);
  return (
    <main>
      <h1>Tote settings</h1>
      {current.state === 'error' && <p class="error" role="alert">{current.error.message}</p>}
      {view !== undefined && 'code' in view && <p class="error" role="alert">{view.message}</p>}
      {view !== undefined && !('code' in view) && <ConnectionSummary view={view} redirectUrl={redirectUrl} />}
      <ImportSettings client={client} onSaved={reload} />
      <PageIntegration client={client} />
      {current.state === 'ready' && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">About</h2>
          <dl data-testid="status">
            <dt>Version</dt>
            <dd>{current.status.version}{current.status.development ? ' (development build)' : ''}</dd>
            <dt>Browser</dt>
            <dd>{current.status.browser === 'chrome' ? 'Chrome' : 'Firefox'}</dd>
            <dt>Connection</dt>
            <dd>{current.status.configured ? 'Configured' : 'Not configured'}</dd>
          </dl>
        </section>
      )}
    </main>
  );
}
