/**
 * `s3.presign`: a GET link to share. Links signed with temporary credentials stop working when
 * those credentials expire, so the expiry is capped at the credentials' own and the reply says so.
 * A link never renders active content on the bucket's origin (link-headers.ts): the object's
 * stored type is read first (a HEAD), unless the link is a download anyway.
 */
import { t } from '../../src/i18n/t.ts';
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { PresignResult } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import { linkHeaders } from './link-headers.ts';
import type { S3Access } from './s3-access.ts';
import type { S3Context } from './s3-context.ts';

/** SigV4 allows at most 7 days. */
const MAX_SIGV4_SECONDS = 7 * 24 * 3600;

export function presignHandler(context: S3Context, now: () => number = Date.now): Handler<'s3.presign'> {
  return async (request): Promise<PresignResult> => {
    const access = await context.access();
    const key = access.resolve(request.key);
    const credentialSeconds = Math.floor((access.expiration - now()) / 1000);
    const expiresIn = Math.max(1, Math.min(request.expiresInSeconds, credentialSeconds, MAX_SIGV4_SECONDS));
    const download = request.download === true;
    const version = request.versionId === undefined ? {} : { VersionId: request.versionId };
    const storedType = download ? undefined : await contentTypeOf(access, key, version);
    const command = new GetObjectCommand({ Bucket: access.bucket, Key: key, ...version, ...linkHeaders(key, storedType, download) });
    const url = await getSignedUrl(access.client, command, { expiresIn });
    const capped = expiresIn < request.expiresInSeconds;
    return {
      url,
      key,
      expiresAt: now() + expiresIn * 1000,
      ...(capped
        ? {
            cappedBecause: expiresIn === MAX_SIGV4_SECONDS ? t('errorLinkCappedAtSevenDays') : t('errorLinkCappedAtCredentials'),
          }
        : {}),
    };
  };
}

/** The object's stored Content-Type; undefined when it cannot be read (the link then downloads). */
async function contentTypeOf(access: S3Access, key: string, version: { VersionId?: string }): Promise<string | undefined> {
  try {
    return (await access.client.send(new HeadObjectCommand({ Bucket: access.bucket, Key: key, ...version }))).ContentType;
  } catch {
    return undefined;
  }
}
