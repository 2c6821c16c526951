/**
 * The extension's background fetches the Cognito stand-in, the IdP and RGW cross-origin without
 * host permissions, so all three must answer CORS for the extension origins — and only them.
 */
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from './constants.ts';
import { WELCOME_KEY } from './rgw/provision.ts';
import { stack } from './test-support/stack.ts';

const CHROME = `chrome-extension://${CHROME_EXTENSION_ID}`;
const FIREFOX = 'moz-extension://6f1c3e0a-2b4d-4e8f-9a1b-3c5d7e9f1a2b';
const STRANGER = 'https://evil.example';
const SDK_HEADERS = 'content-type,x-amz-target,x-amz-user-agent,amz-sdk-invocation-id,amz-sdk-request';
const S3_HEADERS = 'authorization,content-type,x-amz-content-sha256,x-amz-date,x-amz-security-token,x-amz-user-agent,amz-sdk-invocation-id,amz-sdk-request';

function preflight(url: string, origin: string, method: string, headers: string): Promise<Response> {
  return fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers } });
}

function allowedHeaders(response: Response): string[] {
  return (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
}

describe('CORS', () => {
  it('Cognito stand-in: preflight and response for both extension origins, nothing for others', async () => {
    for (const origin of [CHROME, FIREFOX]) {
      const response = await preflight(`${stack().cognito.endpoint}/`, origin, 'POST', SDK_HEADERS);
      expect(response.ok).toBe(true);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(allowedHeaders(response)).toEqual(expect.arrayContaining(SDK_HEADERS.split(',')));
      const call = await fetch(`${stack().cognito.endpoint}/`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityService.GetId' },
        body: JSON.stringify({ IdentityPoolId: stack().identityPoolId }),
      });
      expect(call.headers.get('access-control-allow-origin')).toBe(origin);
      expect(await call.json()).toMatchObject({ IdentityId: expect.stringMatching(/^us-east-1:/) });
    }
    const stranger = await preflight(`${stack().cognito.endpoint}/`, STRANGER, 'POST', SDK_HEADERS);
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('IdP: discovery and JWKS are open; the token and end-session endpoints answer the extension', async () => {
    const issuer = stack().idp.issuer;
    for (const path of ['/.well-known/openid-configuration', '/jwks']) {
      const response = await fetch(`${issuer}${path}`, { headers: { origin: CHROME } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toMatch(new RegExp(`^(\\*|${CHROME})$`));
    }
    for (const origin of [CHROME, FIREFOX]) {
      const token = await preflight(`${issuer}/token`, origin, 'POST', 'content-type');
      expect([token.status, token.headers.get('access-control-allow-origin')]).toEqual([204, origin]);
      const endSession = await preflight(`${issuer}/session/end`, origin, 'GET', 'content-type');
      expect(endSession.headers.get('access-control-allow-origin')).toBe(origin);
    }
    // The preflight itself passes (the client is not known yet), but the real request carries no
    // CORS header for a stranger, so its browser never shows it the answer.
    const stranger = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { origin: STRANGER, 'content-type': 'application/x-www-form-urlencoded' },
      body: `client_id=${stack().idp.clientId}&grant_type=refresh_token&refresh_token=x`,
    });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('RGW: the bucket answers the extension origins, exposes ETag, and refuses others', async () => {
    const url = `${stack().s3.endpoint}/${stack().bucket}/${WELCOME_KEY}`;
    for (const origin of [CHROME, FIREFOX]) {
      const response = await preflight(url, origin, 'PUT', S3_HEADERS);
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(allowedHeaders(response)).toEqual(expect.arrayContaining(S3_HEADERS.split(',')));
      expect(response.headers.get('access-control-expose-headers')).toMatch(/\bETag\b/i);
      // User metadata is readable only when listed by name, as on AWS (infra/bucket-cors.ts).
      expect(response.headers.get('access-control-expose-headers')).toMatch(/\bx-amz-meta-title\b/i);
    }
    expect((await preflight(url, STRANGER, 'PUT', S3_HEADERS)).status).toBe(403);
  });
});
