/**
 * Direct Cognito Identity calls, for where the SDK's `fromCognitoIdentityPool` does not fit: it
 * labels credentials with the identity id it was asked for, but a GetCredentialsForIdentity with
 * a login on a guest identity may answer another one (Cognito merged the guest into the user's
 * identity). These keep the `IdentityId` Cognito answered.
 */
import { CognitoIdentityClient, GetCredentialsForIdentityCommand } from '@aws-sdk/client-cognito-identity';
import type { Settings } from '../../src/settings/schema.ts';

export interface IssuedCredentials {
  /** The identity the credentials are for, as Cognito answered. */
  identityId: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

export async function withCognitoClient<T>(settings: Settings, use: (client: CognitoIdentityClient) => Promise<T>): Promise<T> {
  // GetId and GetCredentialsForIdentity are unsigned: the client needs no credentials of its own.
  const client = new CognitoIdentityClient({ region: settings.region, ...(settings.cognitoEndpoint ? { endpoint: settings.cognitoEndpoint } : {}) });
  try {
    return await use(client);
  } finally {
    client.destroy();
  }
}

export function credentialsForIdentity(settings: Settings, identityId: string, logins?: Record<string, string>): Promise<IssuedCredentials> {
  return withCognitoClient(settings, async (client) => {
    const answer = await client.send(new GetCredentialsForIdentityCommand({ IdentityId: identityId, ...(logins ? { Logins: logins } : {}) }));
    const c = answer.Credentials;
    if (!c?.AccessKeyId || !c.SecretKey) throw new Error('Cognito answered without credentials');
    return {
      identityId: answer.IdentityId ?? identityId,
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretKey,
      ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
      ...(c.Expiration ? { expiration: c.Expiration } : {}),
    };
  });
}
