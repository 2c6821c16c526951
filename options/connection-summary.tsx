/** The settings in force. */
import type { SettingsView } from '../src/messaging/protocol.ts';

export function ConnectionSummary({ view }: { view: SettingsView }) {
  const settings = view.settings;
  return (
    <section aria-labelledby="connection-heading">
      <h2 id="connection-heading">Connection</h2>
      {settings === undefined ? (
        <p data-testid="connection">Not connected yet. Fill in the form below, or import a settings file.</p>
      ) : (
        <dl data-testid="connection">
          <dt>Region</dt>
          <dd>{settings.region}</dd>
          <dt>Identity pool</dt>
          <dd>{settings.identityPoolId}</dd>
          <dt>Bucket</dt>
          <dd>
            {settings.bucket}
            {settings.s3 ? ` at ${settings.s3.endpoint}` : ''}
          </dd>
          <dt>Guests</dt>
          <dd>{settings.allowGuests ? 'Allowed' : 'Sign-in required'}</dd>
          <dt>Sign-in</dt>
          <dd>{settings.provider ? (settings.provider.type === 'oidc' ? settings.provider.issuer : settings.provider.domain) : 'None'}</dd>
        </dl>
      )}
      {view.defaults && <p class="hint">These are the development build's defaults (the local devstack).</p>}
    </section>
  );
}
