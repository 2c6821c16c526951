import { describe, expect, it } from 'vitest';
import type { ListResult } from '../src/messaging/protocol.ts';
import { filterEntries, sortEntries, toEntries, type Entry } from './entries.ts';

const page = (objects: Array<[string, number, number]>, folders: string[] = [], prefix = 'public/'): ListResult => ({
  prefix,
  folders: folders.map((name) => prefix + name),
  objects: objects.map(([name, size, lastModified]) => ({ key: prefix + name, size, lastModified })),
});

describe('toEntries', () => {
  it('names rows inside the listed folder and skips the folder marker itself', () => {
    const entries = toEntries([
      {
        ...page([['a.txt', 1, 10]], ['photos/']),
        objects: [
          { key: 'public/', size: 0, lastModified: 1 },
          { key: 'public/a.txt', size: 1, lastModified: 10 },
        ],
      },
    ]);
    expect(entries).toEqual([
      { kind: 'folder', key: 'public/photos/', name: 'photos' },
      { kind: 'file', key: 'public/a.txt', name: 'a.txt', size: 1, lastModified: 10 },
    ]);
  });
  it('keeps every page and lists a folder repeated across pages once', () => {
    const entries = toEntries([page([['a', 1, 1]], ['x/']), page([['b', 2, 2]], ['x/', 'y/'])]);
    expect(entries.map((entry) => entry.name)).toEqual(['x', 'a', 'y', 'b']);
  });
});

describe('sortEntries', () => {
  const entries = toEntries([
    page(
      [
        ['b.txt', 300, 1],
        ['a10.txt', 5, 3],
        ['a9.txt', 20, 2],
      ],
      ['zeta/', 'Alpha/'],
    ),
  ]);
  const names = (sorted: Entry[]) => sorted.map((entry) => entry.name);

  it('by name: folders first, natural order, case-insensitive', () => {
    expect(names(sortEntries(entries, { field: 'name', descending: false }))).toEqual(['Alpha', 'zeta', 'a9.txt', 'a10.txt', 'b.txt']);
    expect(names(sortEntries(entries, { field: 'name', descending: true }))).toEqual(['zeta', 'Alpha', 'b.txt', 'a10.txt', 'a9.txt']);
  });
  it('by size and by modified, folders still first', () => {
    expect(names(sortEntries(entries, { field: 'size', descending: false }))).toEqual(['Alpha', 'zeta', 'a10.txt', 'a9.txt', 'b.txt']);
    expect(names(sortEntries(entries, { field: 'size', descending: true }))).toEqual(['zeta', 'Alpha', 'b.txt', 'a9.txt', 'a10.txt']);
    expect(names(sortEntries(entries, { field: 'modified', descending: true }))).toEqual(['zeta', 'Alpha', 'a10.txt', 'a9.txt', 'b.txt']);
  });
  it('does not reorder its input', () => {
    const before = names(entries);
    sortEntries(entries, { field: 'size', descending: true });
    expect(names(entries)).toEqual(before);
  });
});

describe('filterEntries', () => {
  const entries = toEntries([
    page(
      [
        ['Holiday Photo.JPG', 1, 1],
        ['report-2024.pdf', 1, 1],
        ['notes.txt', 1, 1],
      ],
      ['Photos/'],
    ),
  ]);
  it('matches every word anywhere in the name, ignoring case', () => {
    expect(filterEntries(entries, 'photo').map((entry) => entry.name)).toEqual(['Photos', 'Holiday Photo.JPG']);
    expect(filterEntries(entries, ' jpg  holi ').map((entry) => entry.name)).toEqual(['Holiday Photo.JPG']);
    expect(filterEntries(entries, 'nothing-like-it')).toEqual([]);
  });
  it('an empty query keeps everything', () => expect(filterEntries(entries, '   ')).toHaveLength(4));
});
