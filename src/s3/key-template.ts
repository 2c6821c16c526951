/**
 * Keys and prefixes may name the caller's own folder as `${identityId}`, which the background
 * fills in from the current identity, mirroring the IAM variable
 * `${cognito-identity.amazonaws.com:sub}` (docs/architecture.md, S3 and transfers).
 */
export const IDENTITY_PLACEHOLDER = '${identityId}';

/** The user's own folder, as a template. */
export const PRIVATE_PREFIX_TEMPLATE = `private/${IDENTITY_PLACEHOLDER}/`;

export function resolveKeyTemplate(template: string, identityId: string): string {
  return template.split(IDENTITY_PLACEHOLDER).join(identityId);
}
