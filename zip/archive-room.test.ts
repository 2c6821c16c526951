import { describe, expect, it } from 'vitest';
import { archiveBound, roomProblem } from './archive-room.ts';

const GiB = 1024 ** 3;
const object = (key: string, size: number) => ({ key, size, lastModified: 0 });

describe('archive room', () => {
  it('bounds the archive by its files plus headers that grow with each name', () => {
    const small = archiveBound([object('a', 10)]);
    expect(small).toBeGreaterThan(10 + 30 + 46 + 22);
    expect(archiveBound([object('a'.repeat(100), 10)]) - small).toBe(2 * 3 * 99);
    expect(archiveBound([object('a', 10), object('b', 20)])).toBe(2 * small - 128 + 10);
  });

  it('refuses an archive larger than the free quota, with both sizes and what to do', () => {
    const message = roomProblem([object('big.bin', 12 * GiB)], { quota: 10 * GiB, usage: GiB });
    expect(message).toMatch(/^This archive needs up to 12 GiB, but Firefox lets Tote keep only 9\.0 GiB on disk for it\. Choose fewer files/);
  });

  it('lets an archive through that fits, or when the browser gives no quota', () => {
    expect(roomProblem([object('big.bin', 8 * GiB)], { quota: 10 * GiB, usage: GiB })).toBeUndefined();
    expect(roomProblem([object('big.bin', 80 * GiB)], {})).toBeUndefined();
  });

  it('never says a negative size when usage is over the quota', () => {
    expect(roomProblem([object('a', 1)], { quota: 100, usage: 200 })).toMatch(/keep only 0 B on disk/);
  });
});
