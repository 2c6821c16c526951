/** The identity pool and the trust between it and its two roles. */
import { describe, expect, it } from 'vitest';
import { fakeDeployment, FAKE } from './testing/deployment.ts';
import { evaluate } from './testing/intrinsics.ts';
import { only, template } from './testing/synthesized.ts';

const pool = only('AWS::Cognito::IdentityPool');
const attachment = only('AWS::Cognito::IdentityPoolRoleAttachment');

/** The role the attachment maps a kind of identity to. */
function roleFor(kind: 'authenticated' | 'unauthenticated'): string {
  const roles = attachment.properties.Roles as Record<string, { 'Fn::GetAtt': [string, string] }>;
  const [logicalId, attribute] = roles[kind]?.['Fn::GetAtt'] ?? [];
  expect(attribute).toBe('Arn');
  return logicalId as string;
}

function trustStatements(roleId: string): unknown[] {
  const document = template.Resources[roleId]?.Properties?.AssumeRolePolicyDocument as { Statement: unknown[] };
  return document.Statement;
}

describe('identity pool roles', () => {
  it('attaches two different roles to this pool', () => {
    expect(attachment.properties.IdentityPoolId).toEqual({ Ref: pool.id });
    expect(Object.keys(attachment.properties.Roles as object).sort()).toEqual(['authenticated', 'unauthenticated']);
    expect(roleFor('authenticated')).not.toBe(roleFor('unauthenticated'));
    expect(attachment.properties.RoleMappings).toBeUndefined();
  });

  for (const kind of ['authenticated', 'unauthenticated'] as const) {
    it(`lets only this pool's ${kind} identities assume the ${kind} role (aud and amr)`, () => {
      expect(trustStatements(roleFor(kind))).toEqual([
        {
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'cognito-identity.amazonaws.com:aud': { Ref: pool.id } },
            'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': kind },
          },
        },
      ]);
    });
  }
});

describe('identity pool', () => {
  it('trusts the user pool under the provider name that matches its token issuer', () => {
    const deployed = evaluate(template, fakeDeployment(template), pool.properties.CognitoIdentityProviders);
    expect(deployed).toEqual([
      {
        ProviderName: `cognito-idp.${FAKE.region}.amazonaws.com/${FAKE.userPoolId}`,
        ClientId: FAKE.clientId,
        ServerSideTokenCheck: true,
      },
    ]);
  });

  it('uses the enhanced flow only', () => {
    expect(pool.properties.AllowClassicFlow).toBe(false);
  });

  it('allows guests exactly when the AllowGuests parameter is true', () => {
    const allow = (value: string) => evaluate(template, fakeDeployment(template, { AllowGuests: value }), pool.properties.AllowUnauthenticatedIdentities);
    expect(allow('true')).toBe(true);
    expect(allow('false')).toBe(false);
    expect(template.Parameters?.AllowGuests?.Default).toBe('true');
  });
});
