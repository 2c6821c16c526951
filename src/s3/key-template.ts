/**
 * Keys and prefixes may name the caller's own folder as `${identityId}`, which the background
 * fills in from the current identity, mirroring the IAM variable
 * `${cognito-identity.amazonaws.com:sub}` (docs/architecture.md, S3 and transfers).
 */
import * as v from 'valibot';

export const IDENTITY_PLACEHOLDER = '${identityId}';

/** The user's own folder, as a template. */
export const PRIVATE_PREFIX_TEMPLATE = `private/${IDENTITY_PLACEHOLDER}/`;

export function resolveKeyTemplate(template: string, identityId: string): string {
  return template.split(IDENTITY_PLACEHOLDER).join(identityId);
}

/** S3 keys are at most 1024 bytes; control characters are refused (they make keys no one can type). */
export const KeySchema = v.pipe(v.string(), v.maxLength(1024), v.regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters'));
