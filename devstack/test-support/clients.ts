/** SDK clients and credential helpers for the integration tests, all pointed at the devstack. */
import { CognitoIdentityClient, GetCredentialsForIdentityCommand, GetIdCommand, type Credentials } from '@aws-sdk/client-cognito-identity';
import { S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { StackDescription } from '../description.ts';
import type { TestUser } from '../constants.ts';
import { signIn, type SignInOptions, type Tokens } from './sign-in.ts';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/** Like the extension: no credentials of its own (the three operations are unsigned). */
export function cognitoClient(stack: StackDescription): CognitoIdentityClient {
  return new CognitoIdentityClient({ region: stack.region, endpoint: stack.cognito.endpoint });
}

export function toAwsCredentials(c: Credentials | undefined): AwsCredentials {
  if (!c?.AccessKeyId || !c.SecretKey || !c.SessionToken) throw new Error('no credentials in the response');
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey, sessionToken: c.SessionToken, expiration: c.Expiration };
}

export function s3Client(stack: StackDescription, credentials: AwsCredentials): S3Client {
  return new S3Client({
    region: stack.region,
    endpoint: stack.s3.endpoint,
    forcePathStyle: true,
    credentials,
    // As the extension does (background/s3/s3-client.ts): the default CRC trailers break presigned PUTs.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export async function guest(stack: StackDescription, poolId = stack.identityPoolId): Promise<{ identityId: string; credentials: AwsCredentials }> {
  const cognito = cognitoClient(stack);
  const { IdentityId } = await cognito.send(new GetIdCommand({ IdentityPoolId: poolId }));
  const response = await cognito.send(new GetCredentialsForIdentityCommand({ IdentityId }));
  return { identityId: IdentityId!, credentials: toAwsCredentials(response.Credentials) };
}

export function signInUser(
  stack: StackDescription,
  user: TestUser,
  clientId = stack.idp.clientId,
  extra: Pick<SignInOptions, 'scope' | 'prompt'> = {},
): Promise<Tokens> {
  return signIn({ issuer: stack.idp.issuer, clientId, redirectUri: stack.idp.redirectUris.chrome, email: user.email, password: user.password, ...extra });
}

/** Credentials for an identity with the user's id_token; returns the identity id Cognito answered. */
export async function authenticated(
  stack: StackDescription,
  identityId: string,
  idToken: string,
): Promise<{ identityId: string; credentials: AwsCredentials }> {
  const response = await cognitoClient(stack).send(
    new GetCredentialsForIdentityCommand({
      IdentityId: identityId,
      Logins: { [stack.idp.loginKey]: idToken },
    }),
  );
  return { identityId: response.IdentityId!, credentials: toAwsCredentials(response.Credentials) };
}

/** 'allowed', or the S3 error code and HTTP status of a refusal (other failures rethrow). */
export async function outcome(request: Promise<unknown>): Promise<string> {
  try {
    await request;
    return 'allowed';
  } catch (error) {
    if (error instanceof S3ServiceException) return `${error.$metadata.httpStatusCode} ${error.name}`;
    throw error;
  }
}
