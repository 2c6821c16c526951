import { describe, expect, it } from 'vitest';
import { MAX_PART_SIZE, MIN_PART_SIZE, partSizeFor } from './part-size.ts';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('the part size of an upload', () => {
  it('is 8 MiB for files up to 64 MiB, grows to about eight parts, and stops at 32 MiB', () => {
    expect(partSizeFor(17 * MiB)).toBe(MIN_PART_SIZE);
    expect(partSizeFor(64 * MiB)).toBe(8 * MiB);
    expect(partSizeFor(128 * MiB)).toBe(16 * MiB);
    expect(partSizeFor(200 * MiB)).toBe(25 * MiB);
    expect(partSizeFor(256 * MiB)).toBe(MAX_PART_SIZE);
    expect(partSizeFor(1 * GiB)).toBe(MAX_PART_SIZE);
  });

  it('keeps to S3 limits: whole MiB parts above 5 MiB, at most 10,000 of them', () => {
    for (const size of [17 * MiB, 100 * MiB + 1, 3 * GiB, 500 * GiB, 5 * 1024 * GiB]) {
      const part = partSizeFor(size);
      expect(part).toBeGreaterThanOrEqual(5 * MiB);
      expect(Math.ceil(size / part)).toBeLessThanOrEqual(10_000);
    }
    expect(partSizeFor(500 * GiB)).toBeGreaterThan(MAX_PART_SIZE);
  });
});
