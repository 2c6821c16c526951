/**
 * Step: the identity provider answers. OIDC: its discovery document loads and names the same
 * issuer (as sign-in requires). Cognito hosted UI: the user pool's discovery document loads and
 * the hosted UI domain answers.
 */
import { t } from '../../src/i18n/t.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { discoverIssuer } from '../identity/authorization-server.ts';
import { issuerOf } from './login-key.ts';
import { failed, ok, skipped, type Outcome, type Step } from './step.ts';

type Provider = NonNullable<Settings['provider']>;

export const idpDiscoveryStep: Step = {
  id: 'idp',
  title: t('diagnosticsIdpTitle'),
  dependsOn: [],
  async run({ settings }) {
    const provider = settings.provider;
    if (provider === undefined) return skipped(t('diagnosticsIdpNone'));
    return provider.type === 'oidc' ? checkOidc(provider.issuer) : checkHostedUi(provider);
  },
};

async function checkOidc(issuer: string): Promise<Outcome> {
  try {
    const document = await discoverIssuer(issuer);
    if (!document.authorization_endpoint || !document.token_endpoint) {
      return failed(t('diagnosticsIdpNoEndpoints', issuer), t('diagnosticsIdpNoEndpointsFix'));
    }
  } catch (error) {
    return failed((error as Error).message, t('diagnosticsIdpDiscoveryFix'));
  }
  return ok(t('diagnosticsIdpOk', issuer));
}

async function checkHostedUi(provider: Extract<Provider, { type: 'cognito-user-pool' }>): Promise<Outcome> {
  const issuer = issuerOf(provider);
  try {
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
    if (!discovery.ok) return failed(t('diagnosticsIdpNoUserPool', provider.userPoolId, discovery.status), t('diagnosticsIdpNoUserPoolFix'));
  } catch {
    return failed(t('diagnosticsIdpUserPoolUnreachable', issuer), t('diagnosticsIdpUserPoolUnreachableFix'));
  }
  try {
    // The hosted UI sends no CORS headers: an opaque answer still proves the domain answers.
    await fetch(`${provider.domain.replace(/\/$/, '')}/oauth2/authorize`, { mode: 'no-cors', redirect: 'manual' });
  } catch {
    return failed(t('diagnosticsIdpHostedUiSilent', provider.domain), t('diagnosticsIdpHostedUiSilentFix'));
  }
  return ok(t('diagnosticsIdpHostedUiOk', provider.userPoolId, provider.domain));
}
