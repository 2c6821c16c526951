/** Cognito Identity for diagnostics: a client for the form's settings and the two calls it makes. */
import { CognitoIdentityClient, GetCredentialsForIdentityCommand, GetIdCommand } from '@aws-sdk/client-cognito-identity';
import type { Settings } from '../../src/settings/schema.ts';
import type { AwsCredentials } from './step.ts';

/** Where Tote asks Cognito, for sentences. */
export function cognitoWhere(settings: Settings): string {
  return settings.cognitoEndpoint ?? `Amazon Cognito in ${settings.region}`;
}

async function withClient<T>(settings: Settings, use: (client: CognitoIdentityClient) => Promise<T>): Promise<T> {
  // GetId and GetCredentialsForIdentity are unsigned: the client needs no credentials of its own.
  const client = new CognitoIdentityClient({ region: settings.region, ...(settings.cognitoEndpoint ? { endpoint: settings.cognitoEndpoint } : {}) });
  try {
    return await use(client);
  } finally {
    client.destroy();
  }
}

export function getId(settings: Settings, logins?: Record<string, string>): Promise<string> {
  return withClient(settings, async (client) => {
    const answer = await client.send(new GetIdCommand({ IdentityPoolId: settings.identityPoolId, ...(logins ? { Logins: logins } : {}) }));
    if (!answer.IdentityId) throw new Error('Cognito answered GetId without an identity id');
    return answer.IdentityId;
  });
}

export function getCredentials(settings: Settings, identityId: string, logins?: Record<string, string>): Promise<AwsCredentials> {
  return withClient(settings, async (client) => {
    const answer = await client.send(new GetCredentialsForIdentityCommand({ IdentityId: identityId, ...(logins ? { Logins: logins } : {}) }));
    const c = answer.Credentials;
    if (!c?.AccessKeyId || !c.SecretKey) throw new Error('Cognito answered without credentials');
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey, ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}) };
  });
}
