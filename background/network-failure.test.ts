import { describe, expect, it } from 'vitest';
import { isNetworkFailure } from './network-failure.ts';

describe('isNetworkFailure', () => {
  it.each([
    ['Chrome fetch', new TypeError('Failed to fetch')],
    ['Firefox fetch', new TypeError('NetworkError when attempting to fetch resource.')],
    ['Node fetch', new TypeError('fetch failed')],
    ['the SDK XHR handler', Object.assign(new Error('XHR_HTTP_HANDLER_ERROR: network'), { name: 'Error' })],
    ['a TypeError by name (another realm)', { name: 'TypeError', message: 'x' }],
  ])('counts %s as no answer', (_label, error) => expect(isNetworkFailure(error)).toBe(true));

  it.each([
    ['an S3 refusal', Object.assign(new Error('Access Denied'), { name: 'AccessDenied' })],
    ['a Cognito refusal naming fetch', Object.assign(new Error('Could not fetch the identity'), { name: 'NotAuthorizedException' })],
    ['nothing', undefined],
    ['a string', 'Failed to fetch'],
  ])('does not count %s', (_label, error) => expect(isNetworkFailure(error)).toBe(false));
});
