/**
 * The Tote settings file, version 1: what the options page edits, what `infra/` outputs and what
 * the devstack writes. Stored in `storage.local` (it holds no secret) and validated on every read.
 */
import * as v from 'valibot';
import { t } from '../i18n/t.ts';

const AWS_REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
/** `<region>:<uuid>`, as Cognito prints identity pool ids. */
const IDENTITY_POOL_ID = /^[a-z]{2}(-gov)?-[a-z]+-\d:[0-9a-f-]{36}$/;
/** S3 bucket naming rules, the subset that matters for a path or virtual-host URL. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Loopback hosts, where plain http cannot be changed on the way (development servers). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

function isHttpsOrLoopback(origin: string): boolean {
  const match = /^(https?):\/\/(\[[^\]]*\]|[^:/]*)/.exec(origin);
  return match !== null && (match[1] === 'https' || LOOPBACK_HOSTS.has(match[2] ?? ''));
}

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.url(),
  v.regex(/^https?:\/\//, () => t('settingsMustBeHttpUrl')),
);

export const OidcProviderSchema = v.strictObject({
  type: v.literal('oidc'),
  /** Issuer URL; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  issuer: httpUrl,
  clientId: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  scopes: v.optional(v.array(v.pipe(v.string(), v.regex(/^[\x21-\x7e]+$/))), ['openid', 'email', 'profile', 'offline_access']),
});

export const CognitoUserPoolProviderSchema = v.strictObject({
  type: v.literal('cognito-user-pool'),
  /** Hosted UI domain, e.g. `https://tote.auth.us-east-1.amazoncognito.com` or a custom domain. */
  domain: httpUrl,
  clientId: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  /** `<region>_<id>`; with the region it gives the issuer and the Cognito login key. */
  userPoolId: v.pipe(
    v.string(),
    v.regex(/^[a-z]{2}(-gov)?-[a-z]+-\d_[0-9A-Za-z]+$/, () => t('settingsMustBeUserPoolId')),
  ),
  scopes: v.optional(v.array(v.pipe(v.string(), v.regex(/^[\x21-\x7e]+$/))), ['openid', 'email', 'profile']),
});

const NO_CONTROL_CHARACTERS = v.regex(/^[^\u0000-\u001f\u007f]*$/, () => t('settingsMustNotHaveControlCharacters'));

/** A folder in the bucket, as a key prefix; may contain `${identityId}` (the user's own folder). */
const FolderPrefixSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(512),
  v.endsWith('/', () => t('settingsMustEndWithSlash')),
  NO_CONTROL_CHARACTERS,
);

/**
 * What content scripts on one origin may do (none by default): operations inside one prefix.
 * A prefix may contain `${identityId}` (the user's own folder), e.g. `private/${identityId}/inbox/`.
 */
export const ContentScopeSchema = v.strictObject({
  origin: v.pipe(
    v.string(),
    v.maxLength(256),
    v.regex(/^https?:\/\/([a-z0-9.-]+|\[::1\])(:\d{1,5})?$/, () => t('settingsMustBeOrigin')),
    // Over plain http anyone on the network path can change the page, and with it what the page asks Tote to do.
    v.check(isHttpsOrLoopback, () => t('settingsMustBeHttps')),
  ),
  prefix: FolderPrefixSchema,
  allow: v.pipe(v.array(v.picklist(['list', 'put', 'get'])), v.minLength(1)),
});
export type ContentScope = v.InferOutput<typeof ContentScopeSchema>;

/**
 * A further place in the bucket the popup offers beside the user's own folder and `public/`, as
 * Storage Browser's locations do. `writable: false` shows it read-only; the bucket's rules still
 * decide what really succeeds, so say `true` only where the role may write.
 */
export const LocationSchema = v.strictObject({
  label: v.pipe(v.string(), v.minLength(1), v.maxLength(40), NO_CONTROL_CHARACTERS),
  prefix: FolderPrefixSchema,
  writable: v.boolean(),
});
export type Location = v.InferOutput<typeof LocationSchema>;

export const SettingsSchema = v.strictObject({
  version: v.literal(1),
  region: v.pipe(
    v.string(),
    v.regex(AWS_REGION, () => t('settingsMustBeRegion')),
  ),
  identityPoolId: v.pipe(
    v.string(),
    v.regex(IDENTITY_POOL_ID, () => t('settingsMustBeIdentityPoolId')),
  ),
  bucket: v.pipe(
    v.string(),
    v.regex(BUCKET, () => t('settingsMustBeBucketName')),
  ),
  /** Whether to start as a guest (the pool must allow unauthenticated identities). */
  allowGuests: v.boolean(),
  /** Optional S3-compatible endpoint; path-style addressing is then usually required. */
  s3: v.optional(v.strictObject({ endpoint: httpUrl, forcePathStyle: v.boolean() })),
  /** Optional Cognito Identity endpoint (local stand-ins, VPC endpoints). */
  cognitoEndpoint: v.optional(httpUrl),
  provider: v.optional(v.variant('type', [OidcProviderSchema, CognitoUserPoolProviderSchema])),
  contentScopes: v.optional(v.pipe(v.array(ContentScopeSchema), v.maxLength(50))),
  /** Further places a signed-in user may switch to in the popup (LocationSchema). */
  locations: v.optional(v.pipe(v.array(LocationSchema), v.maxLength(20))),
  /**
   * Where "Save to Tote" in a page's context menu puts things (default: `inbox/` in the user's own
   * folder, DEFAULT_SAVE_FOLDER). Optional, so settings written before it existed stay valid.
   */
  saveFolder: v.optional(FolderPrefixSchema),
  /** "Show notifications" (options page): uploads finished or failed, saves from pages, an expired session. Absent: on. */
  showNotifications: v.optional(v.boolean()),
});

/** The fields `settings.patch` may change (all but `version`). */
export const SETTINGS_FIELDS = Object.keys(SettingsSchema.entries).filter((field) => field !== 'version') as Array<Exclude<keyof Settings, 'version'>>;

/** The save folder when settings name none. */
export const DEFAULT_SAVE_FOLDER = 'private/${identityId}/inbox/';

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingsInput = v.InferInput<typeof SettingsSchema>;
