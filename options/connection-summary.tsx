/** The settings in force. */
import { t } from '../src/i18n/t.ts';
import type { SettingsView } from '../src/messaging/protocol.ts';

export function ConnectionSummary({ view }: { view: SettingsView }) {
  const settings = view.settings;
  return (
    <section aria-labelledby="connection-heading">
      <h2 id="connection-heading">{t('optionsConnection')}</h2>
      {settings === undefined ? (
        <p>{t('optionsNotConnected')}</p>
      ) : (
        <dl>
          <dt>{t('optionsRegion')}</dt>
          <dd>{settings.region}</dd>
          <dt>{t('optionsIdentityPool')}</dt>
          <dd>{settings.identityPoolId}</dd>
          <dt>{t('optionsBucket')}</dt>
          <dd>{settings.s3 ? t('optionsBucketAtEndpoint', settings.bucket, settings.s3.endpoint) : settings.bucket}</dd>
          <dt>{t('optionsGuests')}</dt>
          <dd>{t(settings.allowGuests ? 'optionsGuestsAllowed' : 'optionsSignInRequired')}</dd>
          <dt>{t('optionsSignIn')}</dt>
          <dd>{settings.provider ? (settings.provider.type === 'oidc' ? settings.provider.issuer : settings.provider.domain) : t('optionsSignInNone')}</dd>
        </dl>
      )}
      {view.defaults && <p class="hint">{t('optionsDevelopmentDefaults')}</p>}
    </section>
  );
}
