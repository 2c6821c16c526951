import { describe, expect, it } from 'vitest';
import { FAILED_COLOR, RUNNING_COLOR, badgeFor, createTransferBadge, type Badge } from './transfer-badge.ts';
import type { TransferRecord } from './transfer-store.ts';

const MiB = 1024 * 1024;
function transfer(state: TransferRecord['state'], size: number, bytesDone: number, updatedAt = 10): TransferRecord {
  return {
    id: crypto.randomUUID(),
    key: 'private/x/f.bin',
    size,
    contentType: 'application/octet-stream',
    state,
    bytesDone,
    parts: [],
    partAttempts: 0,
    startedAt: 1,
    updatedAt,
  };
}

describe('the toolbar badge of uploads', () => {
  it('is empty with nothing running and no failure', () => {
    expect(badgeFor([], 0)).toEqual({ text: '' });
    expect(badgeFor([transfer('done', MiB, MiB), transfer('cancelled', MiB, 0)], 0)).toEqual({ text: '' });
  });

  it('shows the percent of bytes sent over every running or queued upload, never 100% before the end', () => {
    expect(badgeFor([transfer('running', 3 * MiB, MiB), transfer('queued', MiB, 0), transfer('done', 50 * MiB, 50 * MiB)], 0)).toEqual({
      text: '25%',
      color: RUNNING_COLOR,
    });
    expect(badgeFor([transfer('running', 1000, 999)], 0).text).toBe('99%');
    // A live count that runs ahead of the size is capped at the size.
    expect(badgeFor([transfer('running', 1000, 5000), transfer('running', 1000, 0)], 0).text).toBe('50%');
  });

  it('counts uploads when they have no bytes (empty files)', () => {
    expect(badgeFor([transfer('running', 0, 0), transfer('queued', 0, 0)], 0)).toEqual({ text: '2', color: RUNNING_COLOR });
  });

  it('shows a red "!" for a failure newer than the last look at the list, ahead of progress', () => {
    const records = [transfer('running', MiB, 0), transfer('failed', MiB, 0, 20)];
    expect(badgeFor(records, 19)).toEqual({ text: '!', color: FAILED_COLOR });
    expect(badgeFor(records, 20)).toEqual({ text: '0%', color: RUNNING_COLOR });
  });

  it('clears the "!" once the list was seen, draws only changes, and folds changes during a redraw into one more', async () => {
    let records = [transfer('failed', MiB, 0, 20)];
    let seenAt: number | undefined;
    let lists = 0;
    const drawn: Badge[] = [];
    const badge = createTransferBadge({
      list: async () => {
        lists++;
        return records;
      },
      seen: { get: async () => seenAt, set: async (at) => void (seenAt = at) },
      draw: async (b) => void drawn.push(b),
      now: () => 30,
    });
    await badge.update();
    await badge.update();
    expect(drawn).toEqual([{ text: '!', color: FAILED_COLOR }]);
    await badge.seen();
    expect(seenAt).toBe(30);
    expect(drawn.at(-1)).toEqual({ text: '' });

    lists = 0;
    records = [transfer('running', 100, 10, 40)];
    const first = badge.update();
    records = [transfer('running', 100, 50, 40)];
    void badge.update();
    void badge.update();
    await first;
    expect(lists).toBe(2);
    expect(drawn.at(-1)).toEqual({ text: '50%', color: RUNNING_COLOR });
  });

  it('survives a list that cannot be read: the next change draws again', async () => {
    let fail = true;
    const drawn: Badge[] = [];
    const badge = createTransferBadge({
      list: async () => {
        if (fail) throw new Error('database closed');
        return [transfer('running', 10, 5)];
      },
      seen: { get: async () => undefined, set: async () => undefined },
      draw: async (b) => void drawn.push(b),
      now: () => 0,
    });
    await badge.update();
    expect(drawn).toEqual([]);
    fail = false;
    await badge.update();
    expect(drawn).toEqual([{ text: '50%', color: RUNNING_COLOR }]);
  });
});
