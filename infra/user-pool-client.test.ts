/** The user pool, its hosted-UI domain and the extension's app client. */
import { Template as Assertions } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { fakeDeployment, FAKE } from './testing/deployment.ts';
import { evaluate } from './testing/intrinsics.ts';
import { only, template } from './testing/synthesized.ts';

const assertions = Assertions.fromJSON(template);
const client = only('AWS::Cognito::UserPoolClient').properties;
const urls = (name: string, parameters: Record<string, string> = {}) => evaluate(template, fakeDeployment(template, parameters), client[name]);

describe('extension app client', () => {
  it('is the only client of the user pool, and has no secret (a public client)', () => {
    assertions.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
    expect(client.GenerateSecret).toBe(false);
  });

  it('uses only the authorization code flow (which Cognito pairs with PKCE) and the three scopes', () => {
    expect(client.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.AllowedOAuthScopes).toEqual(['openid', 'email', 'profile']);
    expect(client.SupportedIdentityProviders).toEqual(['COGNITO']);
  });

  it('can refresh tokens and never takes a plain password', () => {
    expect(client.ExplicitAuthFlows).toContain('ALLOW_REFRESH_TOKEN_AUTH');
    expect(client.ExplicitAuthFlows).not.toContain('ALLOW_USER_PASSWORD_AUTH');
    expect(client.ExplicitAuthFlows).not.toContain('ALLOW_ADMIN_USER_PASSWORD_AUTH');
  });

  it('accepts exactly the Chrome and Firefox redirect URLs, for sign-in and sign-out', () => {
    const expected = ['https://fkijocbgebhfbknanopdnbnhglffjdob.chromiumapp.org/', 'https://a822e05fb98636a7dee72c3151449e642039c634.extensions.allizom.org/'];
    expect(urls('CallbackURLs')).toEqual(expected);
    expect(urls('LogoutURLs')).toEqual(expected);
  });

  it('builds one redirect URL per listed build (development, store, Edge) from the id lists', () => {
    const parameters = {
      ChromeExtensionIds: 'abcdefghijklmnopabcdefghijklmnop,ponmlkjihgfedcbaponmlkjihgfedcba,aaaabbbbccccddddeeeeffffgggghhhh',
      FirefoxRedirectIds: '0123456789abcdef0123456789abcdef01234567,fedcba9876543210fedcba9876543210fedcba98',
    };
    const expected = [
      'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/',
      'https://ponmlkjihgfedcbaponmlkjihgfedcba.chromiumapp.org/',
      'https://aaaabbbbccccddddeeeeffffgggghhhh.chromiumapp.org/',
      'https://0123456789abcdef0123456789abcdef01234567.extensions.allizom.org/',
      'https://fedcba9876543210fedcba9876543210fedcba98.extensions.allizom.org/',
    ];
    expect(urls('CallbackURLs', parameters)).toEqual(expected);
    expect(urls('LogoutURLs', parameters)).toEqual(expected);
  });
});

describe('user pool', () => {
  it('pins the hosted sign-in pages to the classic version, which needs no branding resource', () => {
    expect(only('AWS::Cognito::UserPoolDomain').properties.ManagedLoginVersion).toBe(1);
  });

  it('serves the hosted UI on the Prefix domain', () => {
    const domain = only('AWS::Cognito::UserPoolDomain').properties;
    expect(domain.Domain).toEqual({ Ref: 'Prefix' });
    expect(domain.CustomDomainConfig).toBeUndefined();
    expect(evaluate(template, fakeDeployment(template), template.Outputs?.SignInDomain?.Value)).toBe(
      `https://${FAKE.prefix}.auth.${FAKE.region}.amazoncognito.com`,
    );
  });

  it('lets only administrators create users', () => {
    assertions.hasResourceProperties('AWS::Cognito::UserPool', { AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
  });
});
