/**
 * `s3.presign`: a GET link to share. Links signed with temporary credentials stop working when
 * those credentials expire, so the expiry is capped at the credentials' own and the reply says so.
 */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { PresignResult } from '../../src/messaging/protocol.ts';
import { resolveKeyTemplate } from '../../src/s3/key-template.ts';
import type { Handler } from '../router.ts';
import type { S3Context } from './s3-context.ts';

/** SigV4 allows at most 7 days. */
const MAX_SIGV4_SECONDS = 7 * 24 * 3600;

export function presignHandler(context: S3Context, now: () => number = Date.now): Handler<'s3.presign'> {
  return async (request): Promise<PresignResult> => {
    const access = await context.access();
    const key = resolveKeyTemplate(request.key, access.identityId);
    const credentialSeconds = Math.floor((access.expiration - now()) / 1000);
    const expiresIn = Math.max(1, Math.min(request.expiresInSeconds, credentialSeconds, MAX_SIGV4_SECONDS));
    const filename = key.slice(key.lastIndexOf('/') + 1) || 'download';
    // RFC 6266: a plain ASCII fallback plus the UTF-8 name, so any file name survives.
    const disposition = `attachment; filename="${filename.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
    const command = new GetObjectCommand({ Bucket: access.bucket, Key: key, ...(request.download ? { ResponseContentDisposition: disposition } : {}) });
    const url = await getSignedUrl(access.client, command, { expiresIn });
    const capped = expiresIn < request.expiresInSeconds;
    return {
      url,
      key,
      expiresAt: now() + expiresIn * 1000,
      ...(capped
        ? { cappedBecause: expiresIn === MAX_SIGV4_SECONDS ? 'S3 signatures last at most 7 days.' : 'The link is signed with your current temporary credentials and stops working when they expire.' }
        : {}),
    };
  };
}
