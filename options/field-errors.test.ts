import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fieldErrors, fieldFor } from './field-errors.ts';

describe('fieldFor', () => {
  const fields = ['provider.scopes', 'provider', 'contentScopes.0.allow', 'bucket'];

  it('gives an issue to the longest field its path starts with', () => {
    expect(fieldFor('provider.scopes.2', fields)).toBe('provider.scopes');
    expect(fieldFor('provider.issuer', fields)).toBe('provider');
    expect(fieldFor('contentScopes.0.allow', fields)).toBe('contentScopes.0.allow');
    expect(fieldFor('bucket', fields)).toBe('bucket');
  });

  it('does not confuse a field with one whose name it begins (bucket vs bucketName)', () => {
    expect(fieldFor('bucketName', fields)).toBe('');
    expect(fieldFor('contentScopes.10.allow', fields)).toBe('');
  });
});

describe('fieldErrors', () => {
  it('keeps the first issue per field, and puts unowned issues under ""', () => {
    const schema = v.object({ a: v.pipe(v.string(), v.minLength(3, 'is too short'), v.regex(/x/, 'needs an x')), b: v.string() });
    const parsed = v.safeParse(schema, { a: 'yy', b: 1 }, { abortPipeEarly: false });
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.issues ?? [], ['a'])).toEqual({ a: 'This is too short.', '': expect.stringMatching(/^This is not valid/) });
  });
});
