/**
 * Development builds start pointed at the local devstack on its default ports (`npm run devstack`,
 * devstack/constants.ts). Release builds ship no defaults.
 */
import type { Settings } from './schema.ts';

export const DEVSTACK_SETTINGS: Settings = {
  version: 1,
  region: 'us-east-1',
  identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
  bucket: 'tote-dev',
  allowGuests: true,
  s3: { endpoint: 'http://127.0.0.1:9402', forcePathStyle: true },
  cognitoEndpoint: 'http://127.0.0.1:9401',
  provider: { type: 'oidc', issuer: 'http://127.0.0.1:9400', clientId: 'tote-dev', scopes: ['openid', 'email', 'profile', 'offline_access'] },
};
