import { useState } from 'preact/hooks';
import { DEVELOPMENT_BUILD, BUILD_BROWSER } from '../src/build-info.ts';
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import { useBackground } from '../src/ui/use-background.ts';
import { ConnectionForm } from './connection-form.tsx';
import { ConnectionSummary } from './connection-summary.tsx';
import { ExportSettings } from './export-settings.tsx';
import { ImportSettings } from './import-settings.tsx';
import { DEVELOPMENT_CHROME_ID } from './redirect-urls.ts';
import { RedirectUrlList } from './redirect-url-list.tsx';
import { NotificationsSwitch } from './notifications-switch.tsx';
import { PageIntegration } from './page-integration.tsx';
import { StaySignedIn } from './stay-signed-in.tsx';

export function OptionsApp({ client, redirectUrl }: { client: Client; redirectUrl: string }) {
  const { answer: current } = useBackground(client, 'status', {});
  const { answer: view, reload } = useBackground(client, 'settings.get', {});
  /** Bumped once an import is loaded, so the form starts again from the imported settings. */
  const [imports, setImports] = useState(0);
  const settingsView = view.state === 'ready' ? view.value : undefined;
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {current.state === 'error' && (
        <p class="error" role="alert">
          {current.error.message}
        </p>
      )}
      {view.state === 'error' && (
        <p class="error" role="alert">
          {view.error.message}
        </p>
      )}
      {settingsView && <ConnectionSummary view={settingsView} />}
      {settingsView && <ConnectionForm key={imports} client={client} initial={settingsView.settings} onSaved={() => void reload()} />}
      <RedirectUrlList browserName={BUILD_BROWSER} current={redirectUrl} chromeId={DEVELOPMENT_BUILD ? DEVELOPMENT_CHROME_ID : undefined} />
      <ImportSettings client={client} onSaved={() => void reload().then(() => setImports((n) => n + 1))} />
      <ExportSettings settings={settingsView?.settings} />
      <StaySignedIn client={client} />
      <PageIntegration client={client} />
      <NotificationsSwitch client={client} />
      {current.state === 'ready' && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t('optionsAboutHeading')}</h2>
          <dl>
            <dt>{t('optionsVersion')}</dt>
            <dd>{current.value.development ? t('optionsVersionDevelopment', current.value.version) : current.value.version}</dd>
            <dt>{t('optionsBrowser')}</dt>
            <dd>{current.value.browser === 'chrome' ? 'Chrome' : 'Firefox'}</dd>
            <dt>{t('optionsConnection')}</dt>
            <dd>{t(current.value.configured ? 'optionsConfigured' : 'optionsNotConfigured')}</dd>
          </dl>
        </section>
      )}
    </main>
  );
}
