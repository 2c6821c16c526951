import { describe, expect, it } from 'vitest';
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
    [sdkError('InternalError', 500), true, 's3_failed', /InternalError/, true],
    [sdkError('InvalidArgument', 400), true, 's3_failed', /InvalidArgument/, false],
  ])('maps %s (signed in: %s) to %s', (error, signedIn, code, sentence, retryable) => {
    const mapped = s3Error(error, { signedIn, key: 'private/x/file.txt' });
    expect(mapped).toMatchObject({ code, retryable });
    expect(mapped.message).toMatch(sentence);
  });

  it('puts clock skew before access denied: RGW answers a skewed request with 403', () => {
    expect(s3Error(sdkError('RequestTimeTooSkewed', 403), { signedIn: true }).code).toBe('clock_skew');
  });
});
