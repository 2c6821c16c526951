import { describe, expect, it } from 'vitest';
import { metadataToText, parseMetadata } from './metadata-text.ts';

describe('metadata as text', () => {
  it('reads name: value lines, lower-casing names and ignoring blank lines', () => {
    expect(parseMetadata('Owner: Ann\n\n  project : tote: v2 \n')).toEqual({ metadata: { owner: 'Ann', project: 'tote: v2' } });
    expect(parseMetadata(metadataToText({ a: '1', 'b-c': 'x y' }))).toEqual({ metadata: { a: '1', 'b-c': 'x y' } });
  });

  it.each([
    ['bad name: x', /Line 1: a name/],
    ['ok: 1\nname: café', /Line 2: S3 keeps only plain ASCII/],
    ['a: 1\nA: 2', /"a" is there twice/],
    [Array.from({ length: 21 }, (_, i) => `k${i}: v`).join('\n'), /At most 20/],
  ])('refuses %j with a sentence', (text, message) => {
    const result = parseMetadata(text);
    expect('error' in result && result.error).toMatch(message);
  });
});
