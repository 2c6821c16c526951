/** Cognito Identity for diagnostics: a client for the form's settings and the two calls it makes. */
import { t } from '../../src/i18n/t.ts';
import { GetIdCommand } from '@aws-sdk/client-cognito-identity';
import { credentialsForIdentity, withCognitoClient } from '../identity/cognito-calls.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { AwsCredentials } from './step.ts';

/** Where Tote asks Cognito, for sentences. */
export function cognitoWhere(settings: Settings): string {
  return settings.cognitoEndpoint ?? t('diagnosticsCognitoInRegion', settings.region);
}

export function getId(settings: Settings, logins?: Record<string, string>): Promise<string> {
  return withCognitoClient(settings, async (client) => {
    const answer = await client.send(new GetIdCommand({ IdentityPoolId: settings.identityPoolId, ...(logins ? { Logins: logins } : {}) }));
    if (!answer.IdentityId) throw new Error('Cognito answered GetId without an identity id');
    return answer.IdentityId;
  });
}

export async function getCredentials(settings: Settings, identityId: string, logins?: Record<string, string>): Promise<AwsCredentials> {
  const { accessKeyId, secretAccessKey, sessionToken } = await credentialsForIdentity(settings, identityId, logins);
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
