/**
 * Ends the identity provider's own session on sign-out, so the next sign-in asks for the password
 * again. Best effort and without UI: Tote's session is already gone whatever the provider says.
 */
import type { IdentityProvider } from './authorization-server.ts';
import type { WebAuthFlow } from './web-auth-flow.ts';

export async function endProviderSession(provider: IdentityProvider, idToken: string, flow: WebAuthFlow): Promise<boolean> {
  const endpoint = provider.as.end_session_endpoint;
  if (endpoint === undefined) return false;
  const url = new URL(endpoint);
  const redirect = flow.redirectUrl();
  if (url.pathname.endsWith('/logout') && url.hostname.includes('amazoncognito.com')) {
    // Cognito's hosted UI takes its own parameters.
    url.searchParams.set('client_id', provider.client.client_id);
    url.searchParams.set('logout_uri', redirect);
  } else {
    url.searchParams.set('id_token_hint', idToken);
    url.searchParams.set('client_id', provider.client.client_id);
    url.searchParams.set('post_logout_redirect_uri', redirect);
  }
  try {
    await flow.launch(url.href, false);
    return true;
  } catch {
    return false;
  }
}
