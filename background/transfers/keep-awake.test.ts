import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeepAwake } from './keep-awake.ts';

describe('keeping the background awake while uploads run', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings every interval while any work runs, and stops when the last one ends', async () => {
    const ping = vi.fn(async () => undefined);
    const keepAwake = createKeepAwake(ping, 1_000);
    let finishFirst!: () => void;
    let finishSecond!: () => void;
    const first = keepAwake(() => new Promise<void>((resolve) => (finishFirst = resolve)));
    const second = keepAwake(() => new Promise<void>((resolve) => (finishSecond = resolve)));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(ping).toHaveBeenCalledTimes(3); // one timer for both
    finishFirst();
    await first;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(ping).toHaveBeenCalledTimes(5);
    finishSecond();
    await second;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(ping).toHaveBeenCalledTimes(5);
  });

  it('stops pinging when the work fails, and passes the failure on', async () => {
    const ping = vi.fn(async () => undefined);
    const keepAwake = createKeepAwake(ping, 1_000);
    await expect(keepAwake(() => Promise.reject(new Error('network down')))).rejects.toThrow('network down');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(ping).not.toHaveBeenCalled();
  });

  it('survives a ping that fails', async () => {
    const ping = vi.fn(async () => Promise.reject(new Error('context gone')));
    const keepAwake = createKeepAwake(ping, 1_000);
    const work = keepAwake(() => new Promise<void>((resolve) => setTimeout(resolve, 2_500)));
    await vi.advanceTimersByTimeAsync(3_000);
    await work;
    expect(ping).toHaveBeenCalledTimes(2);
  });
});
