import { describe, expect, it } from 'vitest';
import { CLOCK_ALLOWANCE_MS, markersToRemove } from './undo-delete.ts';

const since = 1_000_000;
const entry = (key: string, over: Partial<{ latest: boolean; deleteMarker: boolean; lastModified: number }> = {}) => ({
  key,
  versionId: `v-${key}`,
  size: 0,
  latest: true,
  deleteMarker: true,
  lastModified: since + 10,
  ...over,
});

describe('markersToRemove', () => {
  it('removes the latest delete markers made since the delete began', () => {
    expect(markersToRemove([entry('a'), entry('b', { lastModified: since - CLOCK_ALLOWANCE_MS })], since).map((e) => e.key)).toEqual(['a', 'b']);
  });

  it('leaves a key written again, an older marker, a version and a delete from before', () => {
    const entries = [
      entry('rewritten', { latest: false }),
      entry('version', { deleteMarker: false }),
      entry('long-ago', { lastModified: since - CLOCK_ALLOWANCE_MS - 1 }),
    ];
    expect(markersToRemove(entries, since)).toEqual([]);
  });

  it('with keys, removes only theirs (a prefix lists neighbours too)', () => {
    expect(markersToRemove([entry('a.txt'), entry('a.txt.bak')], since, new Set(['a.txt'])).map((e) => e.key)).toEqual(['a.txt']);
  });
});
