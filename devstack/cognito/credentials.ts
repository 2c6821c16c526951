/**
 * AWS credentials for an identity, issued by RGW's STS: the stand-in signs an OpenID token for
 * the identity (subject = identity id; the audience tells guest from authenticated, and each role
 * trusts only its own) and calls AssumeRoleWithWebIdentity. S3 then checks credentials that a
 * third party issued, exactly as with real Cognito and AWS.
 */
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { STS_AUDIENCE } from '../rgw/policies.ts';
import { CognitoError } from './errors.ts';
import type { Identity } from './identities.ts';
import type { CognitoConfig, PoolConfig } from './pools-config.ts';
import { sessionPolicy } from './session-policy.ts';
import { signToken, type TokenIssuer } from './token-issuer.ts';

export interface IssuedCredentials {
  AccessKeyId: string;
  SecretKey: string;
  SessionToken: string;
  /** Epoch seconds: Cognito's wire format is a number, not a date string. */
  Expiration: number;
}

const clients = new Map<string, STSClient>();

function stsClient(endpoint: string, region: string): STSClient {
  let client = clients.get(endpoint);
  if (!client) {
    // AssumeRoleWithWebIdentity is unsigned: the token is the proof, so no credentials here.
    client = new STSClient({ endpoint, region, credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' } });
    clients.set(endpoint, client);
  }
  return client;
}

export async function issueCredentials(config: CognitoConfig, pool: PoolConfig, issuer: TokenIssuer, identity: Identity): Promise<IssuedCredentials> {
  const authenticated = identity.logins.size > 0;
  const amr = authenticated ? ['authenticated', ...identity.logins.keys()] : ['unauthenticated'];
  const offset = pool.sts.clockOffsetSeconds;
  const token = await signToken(
    issuer,
    { amr, 'cognito:pool': pool.id },
    {
      subject: identity.id,
      audience: authenticated ? STS_AUDIENCE.authenticated : STS_AUDIENCE.guest,
      lifetimeSeconds: 300,
      clockOffsetSeconds: offset,
    },
  );
  const uuid = identity.id.slice(identity.id.indexOf(':') + 1);
  try {
    const { Credentials: c } = await stsClient(pool.sts.endpoint, config.region).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: authenticated ? pool.roles.authenticated : pool.roles.guest,
        RoleSessionName: uuid, // the id's `:` is not allowed in a session name
        WebIdentityToken: token,
        DurationSeconds: pool.sts.credentialLifetimeSeconds ?? config.credentialLifetimeSeconds,
        Policy: authenticated ? sessionPolicy(config.bucket, identity.id) : undefined,
      }),
    );
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) throw new Error('STS returned no credentials');
    return {
      AccessKeyId: c.AccessKeyId,
      SecretKey: c.SecretAccessKey,
      SessionToken: c.SessionToken,
      Expiration: Math.floor(c.Expiration.getTime() / 1000),
    };
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    throw new CognitoError('ExternalServiceException', `RGW STS refused the identity's token (HTTP ${status ?? '?'}): ${(error as Error).message}`);
  }
}
