/** Request schemas more than one message of the protocol table (protocol.ts) uses. */
import { t } from '../i18n/t.ts';
import * as v from 'valibot';
import { isUserMetadataKey, USER_METADATA_KEYS } from '../s3/user-metadata.ts';

/**
 * A key or prefix, which may name the caller's own folder as `${identityId}` (src/s3/key-template.ts).
 * S3 keys are at most 1024 bytes; control characters are refused (they make keys no one can type).
 */
export const KeySchema = v.pipe(
  v.string(),
  v.maxLength(1024),
  v.regex(/^[^\u0000-\u001f\u007f]*$/, () => t('settingsMustNotHaveControlCharacters')),
);

/** A message without parameters. */
export const empty = v.strictObject({});
export const TransferIdSchema = v.strictObject({ id: v.pipe(v.string(), v.uuid()) });
/** A folder: a key prefix ending in "/". */
export const FolderSchema = v.pipe(
  KeySchema,
  v.minLength(1),
  v.endsWith('/', () => t('settingsMustEndWithSlash')),
);
export const ObjectKeySchema = v.pipe(KeySchema, v.minLength(1));
/** A file's key: not a folder. */
export const FileKeySchema = v.pipe(
  ObjectKeySchema,
  v.check(
    (key) => !key.endsWith('/'),
    () => t('errorSchemaFileNotFolder'),
  ),
);
/** S3's opaque version ids (AWS: 32 URL-safe characters; "null" for versions from before versioning). */
export const VersionIdSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(1024),
  v.regex(/^[\x21-\x7e]+$/, () => t('errorSchemaVersionId')),
);
/** Some keys, or a folder and everything under it: one of the two. */
export function keysOrFolder<Extra extends v.ObjectEntries>(extra: Extra) {
  return v.pipe(
    v.strictObject({ keys: v.optional(v.pipe(v.array(ObjectKeySchema), v.minLength(1), v.maxLength(10_000))), folder: v.optional(FolderSchema), ...extra }),
    v.check(
      (request) => (request.keys === undefined) !== (request.folder === undefined),
      () => t('errorSchemaKeysOrFolder'),
    ),
  );
}
export const ContentTypeSchema = v.pipe(
  v.string(),
  v.maxLength(256),
  v.regex(/^[\x21-\x7e]+\/[\x20-\x7e]+$/, () => t('errorSchemaMimeType')),
);
/**
 * User metadata: only the keys the bucket's CORS exposes (src/s3/user-metadata.ts), since a browser
 * could write any other but never read it back; values plain ASCII, to survive an HTTP header.
 */
export const MetadataSchema = v.record(
  v.pipe(
    v.string(),
    v.check(isUserMetadataKey, () => t('errorSchemaMetadataKey', USER_METADATA_KEYS.join(', '))),
  ),
  v.pipe(
    v.string(),
    v.maxLength(1024),
    v.regex(/^[\x20-\x7e]*$/, () => t('errorSchemaMetadataValue')),
  ),
);
/** S3's continuation token, opaque. */
export const ContinuationTokenSchema = v.pipe(v.string(), v.maxLength(4096));
