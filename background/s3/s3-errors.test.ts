import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from '../../src/browser.ts';
import { s3Error } from './s3-errors.ts';

/** An error shaped as the SDK throws them: a name and the HTTP status in `$metadata`. */
const sdkError = (name: string, status?: number) => Object.assign(new Error(`${name} from S3`), { name, $metadata: { httpStatusCode: status } });

describe('s3Error', () => {
  it.each([
    [sdkError('AccessDenied', 403), false, 'access_denied', /Guests cannot do that.*Sign in/, false],
    [sdkError('AccessDenied', 403), true, 'access_denied', /your own folder/, false],
    [sdkError('NoSuchKey', 404), true, 'not_found', /does not exist/, false],
    [sdkError('NoSuchBucket', 404), true, 'not_configured', /bucket in Tote's options does not exist/, false],
    [sdkError('RequestTimeTooSkewed', 403), true, 'clock_skew', /clock/, false],
    [sdkError('SlowDown', 503), true, 'throttled', /slow down/, true],
    [new TypeError('Failed to fetch'), true, 'network', /CORS/, true],
    [new Error('XHR_HTTP_HANDLER_ERROR: [object ProgressEvent]'), true, 'network', /CORS/, true],
    [Object.assign(new Error('The upload request failed.'), { name: 'TypeError' }), true, 'network', /CORS/, true],
    [sdkError('EntityTooLarge', 400), true, 'too_large', /larger than S3 accepts/, false],
    [sdkError('InternalError', 500), true, 's3_failed', /InternalError/, true],
    [sdkError('InvalidArgument', 400), true, 's3_failed', /InvalidArgument/, false],
  ])('maps %s (signed in: %s) to %s', (error, signedIn, code, sentence, retryable) => {
    const mapped = s3Error(error, { signedIn, key: 'private/x/file.txt' });
    expect(mapped).toMatchObject({ code, retryable });
    expect(mapped.message).toMatch(sentence);
  });

  it("does not blame access for a key inside the user's own folder", () => {
    const own = s3Error(sdkError('AccessDenied', 403), { signedIn: true, identityId: 'us-east-1:abc', key: 'private/us-east-1:abc/big.bin' });
    expect(own.code).toBe('access_denied');
    expect(own.message).not.toMatch(/do not have access/);
    expect(own.message).toMatch(
      /"private\/us-east-1:abc\/big.bin", although it is in your own folder: it may have been deleted or moved meanwhile\. Refresh the list/,
    );
    // Another identity's folder, or a folder whose name only starts the same, is someone else's.
    for (const key of ['private/us-east-1:other/big.bin', 'private/us-east-1:abcdef/big.bin']) {
      expect(s3Error(sdkError('AccessDenied', 403), { signedIn: true, identityId: 'us-east-1:abc', key }).message).toMatch(/You do not have access to/);
    }
  });

  it('puts clock skew before access denied: RGW answers a skewed request with 403', () => {
    expect(s3Error(sdkError('RequestTimeTooSkewed', 403), { signedIn: true }).code).toBe('clock_skew');
  });

  describe('when the network fails', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('says the computer is offline when the browser knows it is', () => {
      vi.stubGlobal('navigator', { onLine: false });
      const mapped = s3Error(new TypeError('Failed to fetch'), { signedIn: true });
      expect(mapped).toMatchObject({ code: 'network', retryable: true });
      expect(mapped.message).toMatch(/offline/);
    });

    it("points at the network or the bucket's CORS rules while the browser is online", () => {
      vi.stubGlobal('navigator', { onLine: true });
      expect(s3Error(new TypeError('Failed to fetch'), { signedIn: true }).message).toMatch(/CORS may not allow this extension/);
    });
  });

  it('speaks the UI language, with the key in its place in the sentence', () => {
    const german: Record<string, { message: string }> = JSON.parse(readFileSync(new URL('../../_locales/de/messages.json', import.meta.url), 'utf8'));
    const getMessage = (key: string, values: string[] = []) => german[key]?.message.replace(/\$([1-9])/g, (_, n: string) => values[Number(n) - 1] ?? '') ?? '';
    const spy = vi.spyOn(browser.i18n, 'getMessage').mockImplementation(getMessage as typeof browser.i18n.getMessage);
    try {
      expect(s3Error(sdkError('AccessDenied', 403), { signedIn: false, key: 'public/a.txt' }).message).toBe(
        'Gäste können das in „public/a.txt“ nicht tun. Melden Sie sich an, um zu Ihren eigenen Dateien zu gelangen.',
      );
      expect(s3Error(sdkError('InternalError', 500), { signedIn: true }).message).toBe('S3 hat die Anfrage abgelehnt (InternalError).');
    } finally {
      spy.mockRestore();
    }
  });
});
