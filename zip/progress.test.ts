import { describe, expect, it } from 'vitest';
import { percentOf, progressText } from './progress.ts';

describe('zip progress', () => {
  it('counts bytes, never past 100 (an object may grow between the listing and the read)', () => {
    expect(percentOf({ filesDone: 1, filesTotal: 4, bytesDone: 250, bytesTotal: 1000 })).toBe(25);
    expect(percentOf({ filesDone: 4, filesTotal: 4, bytesDone: 1200, bytesTotal: 1000 })).toBe(100);
    expect(percentOf({ filesDone: 0, filesTotal: 3, bytesDone: 999, bytesTotal: 1000 })).toBe(99);
  });

  it('counts files when every file is empty, and an empty archive is done', () => {
    expect(percentOf({ filesDone: 1, filesTotal: 2, bytesDone: 0, bytesTotal: 0 })).toBe(50);
    expect(percentOf({ filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 })).toBe(100);
  });

  it('says files and bytes', () => {
    expect(progressText({ filesDone: 2, filesTotal: 5, bytesDone: 512, bytesTotal: 2048 })).toMatch(/^2 of 5 files, .+ of .+ \(25%\)$/);
  });
});
