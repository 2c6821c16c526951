/**
 * The shapes of what the background keeps about identity (see src/storage/keys.ts for where each
 * lives). Every read is validated: a record that does not parse (an older Tote, a bug, tampering)
 * counts as absent.
 */
import * as v from 'valibot';
import { ErrorCode } from '../messaging/errors.ts';

/**
 * Where a signed-in session came from. Tokens are only ever sent to these: a refresh goes to
 * `tokenEndpoint`, the id_token to the Cognito service of `region`/`cognitoEndpoint`/pool, a
 * revocation and the provider logout to the endpoints recorded here, never to what settings say
 * now (background/identity/session-binding.ts).
 */
export const SessionBindingSchema = v.strictObject({
  identityPoolId: v.string(),
  region: v.string(),
  /** The Cognito Identity endpoint the pool was reached at; absent: AWS's own. */
  cognitoEndpoint: v.optional(v.string()),
  issuer: v.string(),
  clientId: v.string(),
  tokenEndpoint: v.string(),
  revocationEndpoint: v.optional(v.string()),
  endSessionEndpoint: v.optional(v.string()),
  /** Cognito `Logins` key: the issuer without scheme, or `cognito-idp.<region>.amazonaws.com/<pool>`. */
  loginKey: v.string(),
});
export type SessionBinding = v.InferOutput<typeof SessionBindingSchema>;

export const SignedInSchema = v.strictObject({
  binding: SessionBindingSchema,
  subject: v.string(),
  email: v.optional(v.string()),
  name: v.optional(v.string()),
  idToken: v.string(),
  /** Epoch ms. */
  idTokenExpiresAt: v.number(),
  refreshToken: v.optional(v.string()),
});
export type SignedIn = v.InferOutput<typeof SignedInSchema>;

export const CredentialsSchema = v.strictObject({
  identityPoolId: v.string(),
  /** The Cognito service that issued them (`<region> <endpoint or "aws">`): other settings get their own. */
  cognitoService: v.string(),
  /** `GUEST_USER`, or `user:<login key>#<subject>`: whose credentials these are. */
  user: v.string(),
  identityId: v.string(),
  accessKeyId: v.string(),
  secretAccessKey: v.string(),
  sessionToken: v.optional(v.string()),
  /** Epoch ms. */
  expiration: v.number(),
});
export type StoredCredentials = v.InferOutput<typeof CredentialsSchema>;

export const NoticeSchema = v.strictObject({ code: v.picklist(Object.values(ErrorCode)), message: v.string(), at: v.number() });
export type Notice = v.InferOutput<typeof NoticeSchema>;

/**
 * The signed-in session as kept across browser restarts: AES-GCM ciphertext of a `SignedIn`
 * record (background/storage/sealed-record.ts). `version` names the format, so a record an older
 * Tote wrote is recognised and counts as absent.
 */
export const SealedSchema = v.strictObject({ version: v.literal(1), iv: v.instance(Uint8Array), ciphertext: v.instance(ArrayBuffer) });
export type Sealed = v.InferOutput<typeof SealedSchema>;

/** The key that seals it: AES-GCM, generated non-extractable, so no script can read its bytes. */
export const SealingKeySchema = v.custom<CryptoKey>(
  (value) => typeof CryptoKey !== 'undefined' && value instanceof CryptoKey && value.algorithm.name === 'AES-GCM' && !value.extractable,
  'a non-extractable AES-GCM CryptoKey',
);
