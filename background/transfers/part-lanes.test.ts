import { describe, expect, it, vi } from 'vitest';
import { adaptiveLanes, MAX_LANES, START_LANES, sendInLanes, WINDOW_MS } from './part-lanes.ts';

/**
 * Drives the lanes over a link whose rate (bytes/ms) depends on how many lanes are busy, as the
 * upload samples it: every 250 ms, every wanted lane busy. Answers the lanes wanted after each window.
 */
function overLink(rateWith: (lanes: number) => number, windows: number) {
  const lanes = adaptiveLanes();
  const seen: number[] = [];
  let sent = 0;
  let now = 0;
  for (let tick = 0; tick < (windows * WINDOW_MS) / 250 + windows; tick++) {
    lanes.observe(sent, lanes.wanted(), now);
    if (seen.at(-1) !== lanes.wanted()) seen.push(lanes.wanted());
    sent += rateWith(lanes.wanted()) * 250;
    now += 250;
  }
  return { seen, wanted: lanes.wanted() };
}

describe('the parts an upload keeps in flight', () => {
  it('start at four and go back to four after each try where a lane more gains nothing (one connection fills the link)', () => {
    const { seen, wanted } = overLink(() => 12_000, 12);
    // Measure, try five, back to four; four windows held; measure, try five, back again.
    expect(seen).toEqual([4, 5, 4, 5, 4]);
    expect(wanted).toBe(START_LANES);
  });

  it('grow while each lane adds to the rate (a lossy link), and stop at eight', () => {
    const { seen, wanted } = overLink((lanes) => lanes * 1_500, 10);
    expect(seen).toEqual([4, 5, 6, 7, 8]);
    expect(wanted).toBe(MAX_LANES);
  });

  it('keep the lanes that paid and give back the one that did not', () => {
    const { seen, wanted } = overLink((lanes) => Math.min(lanes, 6) * 1_500, 6);
    expect(seen).toEqual([4, 5, 6, 7, 6]);
    expect(wanted).toBe(6);
  });

  it('try again after a while, and take a lane the link now rewards', () => {
    let lossy = false;
    const lanes = adaptiveLanes();
    let sent = 0;
    const seen: number[] = [];
    for (let now = 0; now <= 30 * WINDOW_MS; now += 250) {
      lanes.observe(sent, lanes.wanted(), now);
      if (seen.at(-1) !== lanes.wanted()) seen.push(lanes.wanted());
      // Clean at first (one lane fills the link); from the fourth window on, each lane adds.
      if (now >= 4 * WINDOW_MS) lossy = true;
      sent += (lossy ? lanes.wanted() * 1_000 : 12_000) * 250;
    }
    expect(seen.slice(0, 3)).toEqual([4, 5, 4]);
    expect(lanes.wanted()).toBe(MAX_LANES);
  });

  it('judge no window in which a lane was idle (the last parts of an upload)', () => {
    const lanes = adaptiveLanes();
    // Two lanes busy for far longer than a window, at a rate that would look like a loss.
    for (let now = 0; now <= 10 * WINDOW_MS; now += 250) lanes.observe(now * 100, 2, now);
    expect(lanes.wanted()).toBe(START_LANES);
    // Every lane busy again: the first full window is the first judged.
    lanes.observe(0, START_LANES, 20_000);
    lanes.observe(10_000, START_LANES, 20_000 + WINDOW_MS - 1);
    expect(lanes.wanted()).toBe(START_LANES);
    lanes.observe(20_000, START_LANES, 20_000 + WINDOW_MS);
    expect(lanes.wanted()).toBe(START_LANES + 1);
  });
});

/** Parts that finish when the test says so, recording how many were in flight at most. */
function heldParts() {
  const started: number[] = [];
  const finish = new Map<number, { resolve(): void; reject(error: Error): void }>();
  let inFlight = 0;
  let most = 0;
  const sendPart = (number: number) =>
    new Promise<void>((resolve, reject) => {
      started.push(number);
      inFlight += 1;
      most = Math.max(most, inFlight);
      finish.set(number, {
        resolve: () => {
          inFlight -= 1;
          resolve();
        },
        reject,
      });
    });
  return { started, finish, sendPart, most: () => most };
}

const fixedLanes = (count: () => number) => ({ wanted: count, observe: () => {} });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sending the parts in lanes', () => {
  it('sends each part once, in order, never more at once than the lanes want', async () => {
    const parts = heldParts();
    const done = sendInLanes([1, 2, 3, 4, 5], parts.sendPart, { lanes: fixedLanes(() => 2), signal: new AbortController().signal, sent: () => 0 });
    expect(parts.started).toEqual([1, 2]);
    for (const number of [1, 2, 3, 4, 5]) {
      parts.finish.get(number)?.resolve();
      await settle();
    }
    await done;
    expect(parts.started).toEqual([1, 2, 3, 4, 5]);
    expect(parts.most()).toBe(2);
  });

  it('starts a part at once when the lanes want one more, without waiting for one to finish', async () => {
    vi.useFakeTimers();
    try {
      const parts = heldParts();
      let wanted = 2;
      const done = sendInLanes([1, 2, 3, 4], parts.sendPart, { lanes: fixedLanes(() => wanted), signal: new AbortController().signal, sent: () => 0 });
      expect(parts.started).toEqual([1, 2]);
      wanted = 3;
      await vi.advanceTimersByTimeAsync(250);
      expect(parts.started).toEqual([1, 2, 3]);
      for (const number of [1, 2, 3, 4]) {
        parts.finish.get(number)?.resolve();
        await vi.advanceTimersByTimeAsync(0);
      }
      await done;
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects at the first failed part and starts no other', async () => {
    const parts = heldParts();
    const done = sendInLanes([1, 2, 3, 4], parts.sendPart, { lanes: fixedLanes(() => 2), signal: new AbortController().signal, sent: () => 0 });
    parts.finish.get(1)?.reject(new Error('S3 said no'));
    await expect(done).rejects.toThrow('S3 said no');
    parts.finish.get(2)?.resolve();
    await settle();
    expect(parts.started).toEqual([1, 2]);
  });

  it('starts no part once the upload is cancelled', async () => {
    const parts = heldParts();
    const cancel = new AbortController();
    const done = sendInLanes([1, 2, 3], parts.sendPart, { lanes: fixedLanes(() => 1), signal: cancel.signal, sent: () => 0 });
    cancel.abort(new Error('cancelled'));
    parts.finish.get(1)?.resolve();
    await expect(done).rejects.toThrow('cancelled');
    expect(parts.started).toEqual([1]);
  });

  it('has nothing to do when every part is already sent', async () => {
    await expect(
      sendInLanes([], () => Promise.reject(new Error('no part to send')), { signal: new AbortController().signal, sent: () => 0 }),
    ).resolves.toBeUndefined();
  });
});
