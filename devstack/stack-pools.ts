/** The stand-in's pool configuration for a stack on given ports (written to a config file). */
import {
  BUCKET,
  EXPIRED_CREDENTIALS_POOL_ID,
  GUEST_POOL_ID,
  NO_GUEST_POOL_ID,
  OIDC_CLIENT_ID,
  OTHER_PROVIDER_ISSUER,
  OTHER_PROVIDER_POOL_ID,
  REGION,
  SHORT_LIVED_CLIENT_ID,
} from './constants.ts';
import type { CognitoConfig } from './cognito/pools-config.ts';
import { ROLE_NAME, roleArn } from './rgw/policies.ts';

export interface PoolsInput {
  idpIssuer: string;
  stsEndpoint: string;
  /** The gateway whose clock runs behind, if any, and by how much (negative seconds). */
  past?: { endpoint: string; clockOffsetSeconds: number; credentialLifetimeSeconds: number };
  credentialLifetimeSeconds: number;
}

export function stackPools(input: PoolsInput): CognitoConfig {
  const providers = [{ loginKey: input.idpIssuer.replace(/^https?:\/\//, ''), issuer: input.idpIssuer, audiences: [OIDC_CLIENT_ID, SHORT_LIVED_CLIENT_ID] }];
  const roles = { guest: roleArn(ROLE_NAME.guest), authenticated: roleArn(ROLE_NAME.authenticated) };
  const sts = { endpoint: input.stsEndpoint, clockOffsetSeconds: 0 };
  const pools: CognitoConfig['pools'] = [
    { id: GUEST_POOL_ID, allowGuests: true, providers, roles, sts },
    { id: NO_GUEST_POOL_ID, allowGuests: false, providers, roles, sts },
    {
      id: OTHER_PROVIDER_POOL_ID,
      allowGuests: true,
      roles,
      sts,
      providers: [{ loginKey: OTHER_PROVIDER_ISSUER.replace(/^https:\/\//, ''), issuer: OTHER_PROVIDER_ISSUER, audiences: [OIDC_CLIENT_ID] }],
    },
  ];
  if (input.past) pools.push({ id: EXPIRED_CREDENTIALS_POOL_ID, allowGuests: true, providers, roles, sts: input.past });
  return { region: REGION, bucket: BUCKET, credentialLifetimeSeconds: input.credentialLifetimeSeconds, pools };
}
