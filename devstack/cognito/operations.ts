/**
 * The three operations of the Cognito Identity API that the extension uses, on parsed JSON
 * bodies. Input is checked the way the service does: unknown pools and identities are
 * ResourceNotFoundException, malformed fields InvalidParameterException.
 */
import * as v from 'valibot';
import { invalidParameter, notFound } from './errors.ts';
import type { IdentityStore } from './identities.ts';
import { authorizeIdentity, findIdentity, getId } from './identity-rules.ts';
import { issueCredentials } from './credentials.ts';
import type { CognitoConfig, PoolConfig } from './pools-config.ts';
import { signToken, type TokenIssuer } from './token-issuer.ts';
import { verifyLogins } from './verify-logins.ts';

export interface StandInContext {
  config: CognitoConfig;
  store: IdentityStore;
  /** Signs the tokens presented to RGW's STS. */
  stsIssuer: TokenIssuer;
  /** Signs the tokens GetOpenIdToken returns. */
  openIdIssuer: TokenIssuer;
}

const POOL_ID = v.pipe(v.string(), v.regex(/^[\w-]+:[0-9a-f-]+$/));
const IDENTITY_ID = v.pipe(v.string(), v.regex(/^[\w-]+:[0-9a-f-]+$/));
const LOGINS = v.optional(v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(128)), v.pipe(v.string(), v.minLength(1), v.maxLength(50_000))));

const GetIdInput = v.object({ IdentityPoolId: POOL_ID, AccountId: v.optional(v.string()), Logins: LOGINS });
const ForIdentityInput = v.object({ IdentityId: IDENTITY_ID, Logins: LOGINS, CustomRoleArn: v.optional(v.string()) });

function parse<T extends v.GenericSchema>(schema: T, body: unknown): v.InferOutput<T> {
  const result = v.safeParse(schema, body);
  if (!result.success) {
    const issue = result.issues[0];
    throw invalidParameter(`${v.getDotPath(issue) ?? 'input'}: ${issue.message}`);
  }
  return result.output;
}

function findPool(context: StandInContext, id: string): PoolConfig {
  const pool = context.config.pools.find((p) => p.id === id);
  if (!pool) throw notFound(`IdentityPool '${id}' not found.`);
  return pool;
}

async function resolve(context: StandInContext, body: unknown) {
  const input = parse(ForIdentityInput, body);
  const found = findIdentity(context.store, input.IdentityId);
  const pool = findPool(context, found.poolId);
  const identity = authorizeIdentity(context.store, pool, found, await verifyLogins(pool, input.Logins));
  return { pool, identity };
}

export async function GetId(context: StandInContext, body: unknown) {
  const input = parse(GetIdInput, body);
  const pool = findPool(context, input.IdentityPoolId);
  const identity = getId(context.store, pool, await verifyLogins(pool, input.Logins));
  return { IdentityId: identity.id };
}

export async function GetCredentialsForIdentity(context: StandInContext, body: unknown) {
  const { pool, identity } = await resolve(context, body);
  const credentials = await issueCredentials(context.config, pool, context.stsIssuer, identity);
  return { IdentityId: identity.id, Credentials: credentials };
}

export async function GetOpenIdToken(context: StandInContext, body: unknown) {
  const { pool, identity } = await resolve(context, body);
  const amr = identity.logins.size > 0 ? ['authenticated', ...identity.logins.keys()] : ['unauthenticated'];
  const Token = await signToken(context.openIdIssuer, { amr }, { subject: identity.id, audience: pool.id, lifetimeSeconds: 600 });
  return { IdentityId: identity.id, Token };
}

export const OPERATIONS = { GetId, GetCredentialsForIdentity, GetOpenIdToken } as const;
export type OperationName = keyof typeof OPERATIONS;
