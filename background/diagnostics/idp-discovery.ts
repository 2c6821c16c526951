/**
 * Step: the identity provider answers. OIDC: its discovery document loads and names the same
 * issuer (as sign-in requires). Cognito hosted UI: the user pool's discovery document loads and
 * the hosted UI domain answers.
 */
import type { Settings } from '../../src/settings/schema.ts';
import { discoverIssuer } from '../identity/authorization-server.ts';
import { issuerOf } from './login-key.ts';
import { failed, ok, skipped, type Outcome, type Step } from './step.ts';

type Provider = NonNullable<Settings['provider']>;

export const idpDiscoveryStep: Step = {
  id: 'idp',
  title: 'Identity provider',
  dependsOn: [],
  async run({ settings }) {
    const provider = settings.provider;
    if (provider === undefined) return skipped('No identity provider is set, so nobody can sign in (guests only).');
    return provider.type === 'oidc' ? checkOidc(provider.issuer) : checkHostedUi(provider);
  },
};

async function checkOidc(issuer: string): Promise<Outcome> {
  try {
    const document = await discoverIssuer(issuer);
    if (!document.authorization_endpoint || !document.token_endpoint) {
      return failed(
        `${issuer}'s discovery document has no authorization or token endpoint.`,
        'Use the issuer of an OpenID provider that supports the authorization code flow.',
      );
    }
  } catch (error) {
    return failed((error as Error).message, 'Check the issuer URL: it must be exactly the "issuer" of the provider\'s /.well-known/openid-configuration.');
  }
  return ok(`${issuer} published a valid OpenID discovery document.`);
}

async function checkHostedUi(provider: Extract<Provider, { type: 'cognito-user-pool' }>): Promise<Outcome> {
  const issuer = issuerOf(provider);
  try {
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
    if (!discovery.ok)
      return failed(
        `The user pool ${provider.userPoolId} has no discovery document (HTTP ${discovery.status}).`,
        "Check the user pool id; its region prefix must be the pool's region.",
      );
  } catch {
    return failed(`The user pool's issuer ${issuer} could not be reached.`, 'Check your network and the user pool id.');
  }
  try {
    // The hosted UI sends no CORS headers: an opaque answer still proves the domain answers.
    await fetch(`${provider.domain.replace(/\/$/, '')}/oauth2/authorize`, { mode: 'no-cors', redirect: 'manual' });
  } catch {
    return failed(`The hosted UI domain ${provider.domain} did not answer.`, 'Check the domain (App integration → Domain in the user pool).');
  }
  return ok(`The user pool ${provider.userPoolId} and its hosted UI at ${provider.domain} answer.`);
}
