/**
 * Step: the bucket answers CORS preflights from this extension for writes, not only reads. The
 * background cannot send a preflight of its own (`Origin` is a forbidden header), so it makes the
 * browser send one: an unsigned DELETE of a key that does not exist. If the preflight passes, S3
 * answers the DELETE itself (refused, or a no-op): nothing in the bucket changes either way.
 * A successful bucket listing already showed that reads pass.
 */
import { t } from '../../src/i18n/t.ts';
import { bucketWhere, listablePrefix, objectUrl } from './bucket-url.ts';
import { failed, ok, type PreflightAnswer, type Step } from './step.ts';

/** What Tote sends to the bucket: reads, uploads (PUT, POST) and deletes. */
const CORS_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'HEAD'];

export const corsStep: Step = {
  id: 'cors',
  title: 'CORS',
  dependsOn: ['bucket'],
  async run({ settings, credentials }, deps) {
    const prefix = credentials ? listablePrefix(credentials.as, credentials.identityId) : 'public/';
    const url = objectUrl(settings, `${prefix}.tote-cors-check-${crypto.randomUUID()}`);
    const answer = await deps.preflight(url, 'DELETE');
    if (answer === 'allowed') return ok(t('diagnosticsCorsAllowed', bucketWhere(settings), deps.origin));
    // S3's own CORS terms, the same in every language.
    const rule = `AllowedOrigins ["${deps.origin}"], AllowedMethods ${CORS_METHODS.join(' ')}, AllowedHeaders ["*"], ExposeHeaders ["ETag"]`;
    if (answer === 'refused') {
      return failed(
        t('diagnosticsCorsRefused', bucketWhere(settings), deps.origin),
        t('diagnosticsCorsRefusedFix', rule),
        settings.s3 ? { needsAccessTo: new URL(settings.s3.endpoint).origin } : {},
      );
    }
    return failed(t('diagnosticsCorsUnreachable', bucketWhere(settings)), t('diagnosticsCorsUnreachableFix'));
  },
};

/**
 * The browser's preflight, observed: a readable answer means it passed. A failed fetch is then
 * told apart from a network failure with an opaque (no-cors) request to the same server.
 */
export async function browserPreflight(url: string, method: string): Promise<PreflightAnswer> {
  try {
    // x-amz-content-sha256 is a header the SDK sends: the preflight must allow it too.
    await fetch(url, { method, headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' }, credentials: 'omit', cache: 'no-store' });
    return 'allowed';
  } catch {
    try {
      await fetch(new URL(url).origin, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
      return 'refused';
    } catch {
      return 'unreachable';
    }
  }
}
