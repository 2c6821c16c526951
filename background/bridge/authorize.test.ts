import { describe, expect, it } from 'vitest';
import type { ContentScope } from '../../src/settings/schema.ts';
import { authorize } from './authorize.ts';

const APP = 'https://app.example';
const scopes: ContentScope[] = [
  { origin: APP, prefix: 'private/${identityId}/app/', allow: ['list', 'put'] },
  { origin: APP, prefix: 'public/shared/', allow: ['get'] },
  { origin: 'https://other.example', prefix: 'private/${identityId}/', allow: ['list', 'put', 'get'] },
];

describe('page bridge authorization', () => {
  it('knows nothing of an origin that is not listed (the bridge stays silent)', () => {
    expect(authorize(scopes, 'https://app.example:8443', 'list', undefined)).toEqual({ kind: 'unlisted' });
    expect(authorize([], APP, 'get', 'x')).toEqual({ kind: 'unlisted' });
  });

  it("allows an operation inside a prefix whose scope allows it; a list without prefix lists the scope's own", () => {
    expect(authorize(scopes, APP, 'list', undefined)).toEqual({ kind: 'allowed', key: 'private/${identityId}/app/' });
    expect(authorize(scopes, APP, 'put', 'private/${identityId}/app/a.txt')).toEqual({ kind: 'allowed', key: 'private/${identityId}/app/a.txt' });
    expect(authorize(scopes, APP, 'presign', 'public/shared/a.txt')).toEqual({ kind: 'allowed', key: 'public/shared/a.txt' });
  });

  it("refuses what falls outside, and another origin's rights never count", () => {
    expect(authorize(scopes, APP, 'put', 'private/${identityId}/elsewhere.txt').kind).toBe('refused');
    expect(authorize(scopes, APP, 'put', 'public/shared/a.txt').kind).toBe('refused');
    expect(authorize(scopes, APP, 'get', 'private/${identityId}/app/a.txt').kind).toBe('refused');
    expect(authorize(scopes, APP, 'list', 'private/${identityId}/').kind).toBe('refused');
    expect(authorize([scopes[1] as ContentScope], APP, 'list', undefined)).toMatchObject({ kind: 'refused', message: expect.stringContaining('may not list') });
  });
});
