/** The settings in force, and the redirect URLs to register with the identity provider. */
import type { SettingsView } from '../src/messaging/protocol.ts';

export function ConnectionSummary({ view, redirectUrl }: { view: SettingsView; redirectUrl: string }) {
  const settings = view.settings;
  return (
    <section aria-labelledby="connection-heading">
      <h2 id="connection-heading">Connection</h2>
      {settings === undefined ? (
        <p data-testid="connection">Not connected yet. Import a settings file below.</p>
      ) : (
        <dl data-testid="connection">
          <dt>Region</dt>
          <dd>{settings.region}</dd>
          <dt>Identity pool</dt>
          <dd>{settings.identityPoolId}</dd>
          <dt>Bucket</dt>
          <dd>{settings.bucket}{settings.s3 ? ` at ${settings.s3.endpoint}` : ''}</dd>
          <dt>Guests</dt>
          <dd>{settings.allowGuests ? 'Allowed' : 'Sign-in required'}</dd>
          <dt>Sign-in</dt>
          <dd>{settings.provider ? (settings.provider.type === 'oidc' ? settings.provider.issuer : settings.provider.domain) : 'None'}</dd>
        </dl>
      )}
      {view.defaults && <p class="hint">These are the development build's defaults (the local devstack).</p>}
      <p>
        Redirect URL to register with your identity provider for this browser: <code data-testid="redirect-url">{redirectUrl}</code>{' '}
        <button type="button" onClick={() => void navigator.clipboard.writeText(redirectUrl)}>Copy</button>
      </p>
    </section>
  );
}
