/**
 * The provider's interaction endpoints: the login form, and consent granted without a screen.
 * The devstack has one first-party client, so asking the user to consent would only add a click
 * to every test; a `prompt=consent` request (needed for `offline_access`) therefore passes
 * straight through once the user is signed in.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { InteractionResults } from 'oidc-provider';
import { readBody, sendHtml } from '../http-util.ts';
import { loginPage } from './login-page.ts';
import { checkPassword } from './users.ts';

type Details = Awaited<ReturnType<Provider['interactionDetails']>>;

/** Creates (or extends) the grant for everything the authorization request asked for. */
async function grantRequested(provider: Provider, details: Details, accountId: string): Promise<string> {
  const clientId = String(details.params.client_id);
  const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  grant.addOIDCScope(String(details.params.scope ?? 'openid'));
  const promptDetails = details.prompt.details as { missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
  if (promptDetails.missingOIDCClaims) grant.addOIDCClaims(promptDetails.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(promptDetails.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  return grant.save();
}

async function finish(provider: Provider, req: IncomingMessage, res: ServerResponse, result: InteractionResults): Promise<void> {
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

export async function showInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const accountId = details.session?.accountId;
  if (details.prompt.name === 'consent' && accountId) {
    await finish(provider, req, res, { consent: { grantId: await grantRequested(provider, details, accountId) } });
    return;
  }
  sendHtml(res, 200, loginPage(`/interaction/${details.uid}`, String(details.params.client_id)));
}

export async function submitLogin(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const form = new URLSearchParams(await readBody(req, 16_384));
  const user = checkPassword(form.get('email') ?? '', form.get('password') ?? '');
  if (!user) {
    sendHtml(res, 401, loginPage(`/interaction/${details.uid}`, String(details.params.client_id), 'Wrong email or password.'));
    return;
  }
  const grantId = await grantRequested(provider, details, user.sub);
  await finish(provider, req, res, { login: { accountId: user.sub }, consent: { grantId } });
}
