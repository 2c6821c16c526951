/** The URL S3 requests for a key go to, as the SDK addresses them (path style or virtual host). */
import { t } from '../../src/i18n/t.ts';
import { PRIVATE_PREFIX_TEMPLATE, resolveKeyTemplate } from '../../src/s3/key-template.ts';
import type { Settings } from '../../src/settings/schema.ts';

export function objectUrl(settings: Settings, key: string): string {
  const path = key.split('/').map(encodeURIComponent).join('/');
  if (settings.s3 === undefined) return `https://${settings.bucket}.s3.${settings.region}.amazonaws.com/${path}`;
  const endpoint = new URL(settings.s3.endpoint);
  if (settings.s3.forcePathStyle) return `${endpoint.origin}${endpoint.pathname.replace(/\/$/, '')}/${settings.bucket}/${path}`;
  return `${endpoint.protocol}//${settings.bucket}.${endpoint.host}${endpoint.pathname.replace(/\/$/, '')}/${path}`;
}

/** Where the bucket is, for sentences. */
export function bucketWhere(settings: Settings): string {
  return settings.s3
    ? t('diagnosticsBucketAtEndpoint', settings.bucket, settings.s3.endpoint)
    : t('diagnosticsBucketInRegion', settings.bucket, settings.region);
}

/** The prefix the credentials may list: guests read `public/`, users their own folder. */
export function listablePrefix(as: 'guest' | 'user', identityId: string): string {
  return as === 'guest' ? 'public/' : resolveKeyTemplate(PRIVATE_PREFIX_TEMPLATE, identityId);
}
