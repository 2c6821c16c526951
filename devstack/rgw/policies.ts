/**
 * IAM documents for the two roles. RGW 16 cannot express "this identity's prefix" in a role
 * policy (policy variables in a Resource are refused, and are not expanded inside Conditions:
 * DESIGN §6), so the authenticated role grants `private/*` and the Cognito stand-in narrows each
 * session to `private/<identity id>/` with a session policy (`cognito/session-policy.ts`).
 */

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
    Statement: [{
      Effect: 'Allow',
      Principal: { Federated: [`arn:aws:iam:::oidc-provider/${provider}`] },
      Action: ['sts:AssumeRoleWithWebIdentity'],
      Condition: { StringEquals: { [`${provider}:app_id`]: audience } },
    }],
  };
}

const readPublic = (bucket: string): Record<string, unknown>[] => [
  { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::${bucket}/public/*`] },
  {
    Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [`arn:aws:s3:::${bucket}`],
    Condition: { StringLike: { 's3:prefix': ['public/', 'public/*'] } },
  },
];

export const OBJECT_WRITE_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'];

export function guestPolicy(bucket: string): PolicyDocument {
  return { Version: '2012-10-17', Statement: readPublic(bucket) };
}

export function authenticatedPolicy(bucket: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      ...readPublic(bucket),
      { Effect: 'Allow', Action: OBJECT_WRITE_ACTIONS, Resource: [`arn:aws:s3:::${bucket}/private/*`] },
      {
        Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [`arn:aws:s3:::${bucket}`],
        Condition: { StringLike: { 's3:prefix': ['private/*'] } },
      },
    ],
  };
}
