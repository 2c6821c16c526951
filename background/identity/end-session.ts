/**
 * Ends the identity provider's own session on sign-out, so the next sign-in asks for the password
 * again. Best effort and without UI: Tote's session is already gone whatever the provider says.
 */
import type { SessionBinding } from '../../src/storage/identity-records.ts';
import type { WebAuthFlow } from './web-auth-flow.ts';

/** Uses the logout endpoint the session was bound to (background/identity/session-binding.ts), not today's settings. */
export async function endProviderSession(binding: SessionBinding, idToken: string, flow: WebAuthFlow): Promise<boolean> {
  const endpoint = binding.endSessionEndpoint;
  if (endpoint === undefined) return false;
  const url = new URL(endpoint);
  const redirect = flow.redirectUrl();
  if (url.pathname.endsWith('/logout') && url.hostname.includes('amazoncognito.com')) {
    // Cognito's hosted UI takes its own parameters.
    url.searchParams.set('client_id', binding.clientId);
    url.searchParams.set('logout_uri', redirect);
  } else {
    url.searchParams.set('id_token_hint', idToken);
    url.searchParams.set('client_id', binding.clientId);
    url.searchParams.set('post_logout_redirect_uri', redirect);
  }
  try {
    await flow.launch(url.href, false);
    return true;
  } catch {
    return false;
  }
}
