/**
 * IAM documents for the two roles, built from infra's statements (infra/access-rules.ts). RGW 16
 * cannot express "this identity's prefix" in a role policy (policy variables in a Resource are
 * refused, and are not expanded inside Conditions), so the authenticated role grants the
 * statements for any owner and the Cognito stand-in narrows each session to its own identity with
 * a session policy (`devstack/cognito/session-policy.ts`); devstack/access-matrix.integ.test.ts checks
 * that the result answers as infra's policies do on AWS.
 */
import { guestStatements, signedInStatements, type AccessStatement } from '../../infra/access-rules.ts';

export type PolicyDocument = { Version: '2012-10-17'; Statement: Record<string, unknown>[] };

/** Audiences the stand-in puts in its STS tokens; each role trusts exactly one of them. */
export const STS_AUDIENCE = { guest: 'tote-sts-guest', authenticated: 'tote-sts-authenticated' } as const;

export const ROLE_NAME = { guest: 'tote-guest', authenticated: 'tote-authenticated' } as const;

export function roleArn(name: string): string {
  return `arn:aws:iam:::role/${name}`;
}

/** RGW names an OIDC provider by its URL without the scheme (it strips `http://` too). */
export function oidcProviderId(issuer: string): string {
  return issuer.replace(/^https?:\/\//, '');
}

export function trustPolicy(issuer: string, audience: string): PolicyDocument {
  const provider = oidcProviderId(issuer);
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: [`arn:aws:iam:::oidc-provider/${provider}`] },
        Action: ['sts:AssumeRoleWithWebIdentity'],
        Condition: { StringEquals: { [`${provider}:app_id`]: audience } },
      },
    ],
  };
}

const bucketArn = (bucket: string): string => `arn:aws:s3:::${bucket}`;

const document = (statements: AccessStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement: statements as unknown as Record<string, unknown>[] });

export function guestPolicy(bucket: string): PolicyDocument {
  return document(guestStatements(bucketArn(bucket)));
}

/** infra's signed-in statements for any owner: `private/<anyone>/`, narrowed per session. */
export function authenticatedPolicy(bucket: string): PolicyDocument {
  return document(signedInStatements(bucketArn(bucket), { inResource: '*', inPrefix: '*' }));
}

/**
 * infra's signed-in statements for one identity, as RGW accepts them: an identity id holds a `:`
 * (`us-east-1:<uuid>`), which RGW refuses in a Resource after the bucket; `?` matches exactly one
 * character there, and the rest of the id (a uuid) stays exact, so no other identity can match.
 * `s3:prefix` conditions keep the real colon.
 */
export function identityPolicy(bucket: string, identityId: string): PolicyDocument {
  return document(signedInStatements(bucketArn(bucket), { inResource: identityId.replace(/:/g, '?'), inPrefix: identityId }));
}
