/**
 * What the background keeps in `storage.session` about identity, validated on every read: a
 * record that does not parse (an older Tote, a bug, tampering) counts as absent.
 */
import * as v from 'valibot';
import type { Storage } from '../../src/browser.ts';
import type { storageKeys } from '../../src/storage/keys.ts';

export const SignedInSchema = v.strictObject({
  identityPoolId: v.string(),
  /** Cognito `Logins` key: the issuer without scheme, or `cognito-idp.<region>.amazonaws.com/<pool>`. */
  loginKey: v.string(),
  issuer: v.string(),
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
  /** `guest`, or `user:<login key>#<subject>`: whose credentials these are. */
  scope: v.string(),
  identityId: v.string(),
  accessKeyId: v.string(),
  secretAccessKey: v.string(),
  sessionToken: v.optional(v.string()),
  /** Epoch ms. */
  expiration: v.number(),
});
export type StoredCredentials = v.InferOutput<typeof CredentialsSchema>;

export const NoticeSchema = v.strictObject({ code: v.string(), message: v.string(), at: v.number() });
export type Notice = v.InferOutput<typeof NoticeSchema>;

type SessionKey = { [K in keyof typeof storageKeys]: (typeof storageKeys)[K]['area'] extends 'session' ? K : never }[keyof typeof storageKeys];

/** Typed, validated access to one `storage.session` key. */
export function sessionRecord<T>(area: Storage.StorageArea, key: SessionKey, schema: v.GenericSchema<unknown, T>) {
  return {
    async get(): Promise<T | undefined> {
      const parsed = v.safeParse(schema, (await area.get(key))[key]);
      return parsed.success ? parsed.output : undefined;
    },
    set: (value: T) => area.set({ [key]: value }),
    remove: () => area.remove(key),
  };
}

export type SessionRecord<T> = ReturnType<typeof sessionRecord<T>>;
