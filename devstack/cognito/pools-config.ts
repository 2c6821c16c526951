/**
 * The stand-in's configuration file: identity pools (guests allowed or not, login providers,
 * role ARNs) and where credentials come from. The stack writes it; it is validated on load.
 */
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';

const LoginProviderSchema = v.strictObject({
  /** The key of `Logins` (for an OIDC issuer: the issuer without its scheme). */
  loginKey: v.pipe(v.string(), v.minLength(1)),
  issuer: v.pipe(v.string(), v.url()),
  /** Accepted `aud` values: the IdP client ids. */
  audiences: v.pipe(v.array(v.string()), v.minLength(1)),
});

const PoolSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z]{2}(-gov)?-[a-z]+-\d:[0-9a-f-]{36}$/)),
  allowGuests: v.boolean(),
  providers: v.array(LoginProviderSchema),
  roles: v.strictObject({ guest: v.string(), authenticated: v.string() }),
  /** RGW endpoint whose STS issues this pool's credentials, and how far its clock is shifted. */
  sts: v.strictObject({
    endpoint: v.pipe(v.string(), v.url()),
    clockOffsetSeconds: v.optional(v.number(), 0),
    /** Overrides the credential lifetime for this pool. */
    credentialLifetimeSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(900))),
  }),
});

export const CognitoConfigSchema = v.strictObject({
  region: v.string(),
  bucket: v.string(),
  /** Lifetime asked of STS for issued credentials (RGW: at least 900 s). */
  credentialLifetimeSeconds: v.pipe(v.number(), v.integer(), v.minValue(900)),
  pools: v.array(PoolSchema),
});

export type CognitoConfig = v.InferOutput<typeof CognitoConfigSchema>;
export type PoolConfig = CognitoConfig['pools'][number];
export type LoginProvider = PoolConfig['providers'][number];

export async function loadCognitoConfig(path: string): Promise<CognitoConfig> {
  return v.parse(CognitoConfigSchema, JSON.parse(await readFile(path, 'utf8')));
}
