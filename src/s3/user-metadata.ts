/**
 * The user metadata (`x-amz-meta-<key>`) Tote writes and reads back. A browser hands an extension
 * page only the response headers the bucket's CORS rule exposes, and S3 takes no wildcard there
 * (docs/deploy.md): a key that is not listed here could be written but never read again, so
 * `s3.put` accepts only these keys and the bucket CORS of infra/ and of the devstack exposes them.
 */
export const USER_METADATA_KEYS = ['title', 'description', 'source-url', 'tags'] as const;

export type UserMetadataKey = (typeof USER_METADATA_KEYS)[number];

export function isUserMetadataKey(key: string): key is UserMetadataKey {
  return (USER_METADATA_KEYS as readonly string[]).includes(key);
}

/** The response header S3 sends each key in. */
export const userMetadataHeader = (key: UserMetadataKey): string => `x-amz-meta-${key}`;
