/** Assembles the Cognito Identity stand-in from its config file and its two signing keys. */
import type { Server } from 'node:http';
import { IdentityStore } from './identities.ts';
import { loadCognitoConfig } from './pools-config.ts';
import { createCognitoServer } from './server.ts';
import { createSigningKey } from './signing-key.ts';
import type { TokenIssuer } from './token-issuer.ts';
import type { Stats } from './stats.ts';

export interface CognitoStandIn {
  server: Server;
  stats: () => Stats;
  /** The issuer RGW must trust, and its certificate thumbprint. */
  stsIssuer: TokenIssuer;
}

/** Keys live in `keyDir`; identities in `identitiesFile`, so both outlive a restart. */
export async function createCognitoStandIn(configFile: string, baseUrl: string, keyDir: string, identitiesFile: string): Promise<CognitoStandIn> {
  const [config, stsKey, openIdKey] = await Promise.all([loadCognitoConfig(configFile), createSigningKey(keyDir, 'sts'), createSigningKey(keyDir, 'openid')]);
  const stsIssuer: TokenIssuer = { issuer: `${baseUrl}/sts`, path: '/sts', key: stsKey };
  const openIdIssuer: TokenIssuer = { issuer: `${baseUrl}/openid`, path: '/openid', key: openIdKey };
  const { server, stats } = createCognitoServer({ config, store: new IdentityStore(identitiesFile), stsIssuer, openIdIssuer });
  return { server, stats, stsIssuer };
}
