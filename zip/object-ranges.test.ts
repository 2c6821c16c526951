import { describe, expect, it } from 'vitest';
import { contentRange, RANGE_BYTES, rangeHeader } from './object-ranges.ts';

describe('object ranges', () => {
  it('asks for one range from a start', () => {
    expect(rangeHeader(0)).toBe(`bytes=0-${RANGE_BYTES - 1}`);
    expect(rangeHeader(RANGE_BYTES)).toBe(`bytes=${RANGE_BYTES}-${2 * RANGE_BYTES - 1}`);
  });

  it("reads S3's Content-Range: first and last byte, and the object's size", () => {
    expect(contentRange('bytes 0-8388607/134217728')).toEqual({ start: 0, end: 8388607, size: 134217728 });
    expect(contentRange('bytes 16777216-16777232/16777233')).toEqual({ start: 16777216, end: 16777232, size: 16777233 });
  });

  it('takes nothing else for a range: missing, unknown size, backwards or past the end', () => {
    for (const header of [null, '', 'bytes */100', 'bytes 0-9/*', 'bytes 9-0/100', 'bytes 0-100/100', 'items 0-9/100'])
      expect(contentRange(header), String(header)).toBeUndefined();
  });
});
