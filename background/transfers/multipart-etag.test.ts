import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5 } from './md5.ts';
import { multipartETag } from './multipart-etag.ts';

const nodeMd5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest();

describe('md5', () => {
  it("matches RFC 1321's test suite", () => {
    const hex = (text: string) => Buffer.from(md5(new TextEncoder().encode(text))).toString('hex');
    expect(hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(hex('12345678901234567890123456789012345678901234567890123456789012345678901234567890')).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it("matches Node's MD5 at every length around the block edges", () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = randomBytes(length);
      expect(Buffer.from(md5(bytes)).equals(nodeMd5(bytes)), `length ${length}`).toBe(true);
    }
  });
});

describe('multipartETag', () => {
  it("is the MD5 of the parts' MD5s in part order, then the number of parts", () => {
    const bodies = [randomBytes(100), randomBytes(100), randomBytes(37)];
    const parts = bodies.map((body, index) => ({ PartNumber: index + 1, ETag: `"${nodeMd5(body).toString('hex')}"` }));
    const expected = `"${nodeMd5(Buffer.concat(bodies.map(nodeMd5))).toString('hex')}-3"`;
    expect(multipartETag(parts)).toBe(expected);
    expect(multipartETag([...parts].reverse())).toBe(expected);
  });

  it('declines parts whose ETags are not MD5s', () => {
    expect(multipartETag([{ PartNumber: 1, ETag: '"not-an-md5"' }])).toBeUndefined();
    expect(multipartETag([])).toBeUndefined();
  });
});
