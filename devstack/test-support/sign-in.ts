/**
 * Signs a test user in the way a browser would: authorization request with PKCE, the IdP's login
 * form submitted, the redirect's code exchanged at the token endpoint. Redirects are followed by
 * hand so cookies are kept and the final redirect (to the extension's URL) is never fetched.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface SignInOptions {
  issuer: string;
  clientId: string;
  redirectUri: string;
  email: string;
  password: string;
  scope?: string;
  /** `consent` is what makes oidc-provider keep `offline_access` (and so issue a refresh token). */
  prompt?: string;
}

export interface Tokens {
  id_token: string;
  access_token: string;
  refresh_token?: string;
  expires_in: number;
}

type Jar = Map<string, string>;

function keepCookies(jar: Jar, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair!.indexOf('=');
    jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
  }
}

async function step(jar: Jar, url: string, init: RequestInit = {}): Promise<Response> {
  const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie } });
  keepCookies(jar, response);
  return response;
}

/** Follows redirects on the IdP until one leaves it; returns that last response. */
async function follow(jar: Jar, issuer: string, first: Response, from: string): Promise<{ response: Response; url: string }> {
  let response = first;
  let url = from;
  while (response.status >= 300 && response.status < 400) {
    url = new URL(response.headers.get('location')!, url).href;
    if (!url.startsWith(issuer)) break;
    response = await step(jar, url);
  }
  return { response, url };
}

/** Runs the flow up to the redirect back to the client; returns the redirect URL it was sent to. */
export async function authorize(options: SignInOptions, extra: Record<string, string> = {}): Promise<{ redirect: URL; verifier: string; loginStatus: number }> {
  const jar: Jar = new Map();
  const verifier = randomBytes(32).toString('base64url');
  const params = new URLSearchParams({
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    response_type: 'code',
    scope: options.scope ?? 'openid email profile offline_access',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    code_challenge_method: 'S256',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    prompt: options.prompt ?? 'consent',
    ...extra,
  });
  const start = `${options.issuer}/auth?${params}`;
  const form = await follow(jar, options.issuer, await step(jar, start), start);
  if (form.response.status !== 200) throw new Error(`expected the login form, got ${form.response.status}: ${await form.response.text()}`);
  const action = /<form method="post" action="([^"]+)"/.exec(await form.response.text())?.[1];
  if (!action) throw new Error('no login form on the page');
  const posted = await step(jar, new URL(action, form.url).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: options.email, password: options.password }).toString(),
  });
  if (posted.status === 401) return { redirect: new URL(form.url), verifier, loginStatus: 401 };
  const done = await follow(jar, options.issuer, posted, form.url);
  return { redirect: new URL(done.url), verifier, loginStatus: posted.status };
}

export async function exchangeCode(options: SignInOptions, code: string, verifier: string): Promise<Tokens> {
  const response = await fetch(`${options.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      client_id: options.clientId,
      redirect_uri: options.redirectUri,
    }),
  });
  if (!response.ok) throw new Error(`token endpoint: ${response.status} ${await response.text()}`);
  return (await response.json()) as Tokens;
}

/** The whole sign-in: returns the IdP's tokens. */
export async function signIn(options: SignInOptions): Promise<Tokens> {
  const { redirect, verifier } = await authorize(options);
  const code = redirect.searchParams.get('code');
  if (!code) throw new Error(`no code in redirect ${redirect.href}`);
  return exchangeCode(options, code, verifier);
}
