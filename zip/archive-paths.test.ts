import { describe, expect, it } from 'vitest';
import { entryPath, entryPaths } from './archive-paths.ts';

const BASE = 'private/us-east-1:abc/';

describe('entryPath', () => {
  it('keeps the path below the folder the items were chosen in', () => {
    expect(entryPath(`${BASE}photos/2024/cat.jpg`, BASE)).toBe('photos/2024/cat.jpg');
    expect(entryPath(`${BASE}notes.txt`, BASE)).toBe('notes.txt');
  });

  it('keeps folder markers as folders', () => {
    expect(entryPath(`${BASE}photos/empty/`, BASE)).toBe('photos/empty/');
  });

  it('never lets a key climb out of the folder it is extracted into', () => {
    expect(entryPath(`${BASE}a/../../etc/passwd`, BASE)).toBe('a/__/__/etc/passwd');
    expect(entryPath(`${BASE}/abs`, BASE)).toBe('abs');
    expect(entryPath(`${BASE}./a//b`, BASE)).toBe('a/b');
    expect(entryPath(`${BASE}..\\..\\win.ini`, BASE)).toBe('.._.._win.ini');
    expect(entryPath(`${BASE}..`, BASE)).toBe('__');
  });

  it('answers "" for the base folder itself', () => {
    expect(entryPath(BASE, BASE)).toBe('');
  });
});

describe('entryPaths', () => {
  it('numbers keys that would land on the same path, case-insensitively', () => {
    expect(entryPaths([`${BASE}a//b.txt`, `${BASE}a/b.txt`, `${BASE}A/B.TXT`], BASE)).toEqual(['a/b.txt', 'a/b (1).txt', 'A/B (2).TXT']);
  });
});
