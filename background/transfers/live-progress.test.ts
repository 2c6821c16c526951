import type { HttpRequest } from '@smithy/types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveProgress } from './live-progress.ts';

function request(method: string, path: string, query: Record<string, string> = {}): HttpRequest {
  return { method, path, query, headers: {}, protocol: 'https:', hostname: 's3.example' } as HttpRequest;
}

const part = (uploadId: string, partNumber: number) =>
  request('PUT', '/bucket/private/a/big.bin', { uploadId, partNumber: String(partNumber), 'x-id': 'UploadPart' });

describe('live upload progress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts the bytes sent of each part in flight, and forgets a part once it has finished', async () => {
    const live = createLiveProgress(() => undefined);
    let finishPart1!: () => void;
    const part1 = live.sending('t1', { uploadId: 'u1', partNumber: 1 }, () => new Promise<void>((resolve) => (finishPart1 = resolve)));
    const part2 = live.sending('t1', { uploadId: 'u1', partNumber: 2 }, () => new Promise<void>(() => undefined));
    live.report(part('u1', 1), 3_000);
    live.report(part('u1', 2), 1_000);
    live.report(part('u1', 2), 2_500);
    expect(live.inFlight('t1')).toBe(5_500);
    finishPart1();
    await part1;
    expect(live.inFlight('t1')).toBe(2_500);
    void part2;
  });

  it('ignores progress of requests it was not told about (another upload, another part)', () => {
    const live = createLiveProgress(() => undefined);
    void live.sending('t1', { uploadId: 'u1', partNumber: 1 }, () => new Promise<void>(() => undefined));
    live.report(part('u2', 1), 9_999);
    live.report(part('u1', 7), 9_999);
    live.report(request('PUT', '/bucket/private/a/big.bin'), 9_999);
    expect(live.inFlight('t1')).toBe(0);
    expect(live.inFlight('other')).toBe(0);
  });

  it('matches a single PUT by its key, decoding the path the SDK encoded', () => {
    const live = createLiveProgress(() => undefined);
    void live.sending('t2', { singlePutOf: 'private/us-east-1:abc/a b+ü.txt' }, () => new Promise<void>(() => undefined));
    live.report(request('PUT', '/bucket/private/us-east-1%3Aabc/a%20b%2B%C3%BC.txt'), 42);
    expect(live.inFlight('t2')).toBe(42);
  });

  it('counts nothing once the request failed', async () => {
    const live = createLiveProgress(() => undefined);
    const failing = live.sending('t3', { uploadId: 'u3', partNumber: 1 }, () => Promise.reject(new Error('network down')));
    await expect(failing).rejects.toThrow('network down');
    live.report(part('u3', 1), 100);
    expect(live.inFlight('t3')).toBe(0);
  });

  it('announces changes at most once per interval', () => {
    const changed = vi.fn();
    const live = createLiveProgress(changed, 250);
    void live.sending('t1', { uploadId: 'u1', partNumber: 1 }, () => new Promise<void>(() => undefined));
    for (let sent = 1; sent <= 100; sent++) live.report(part('u1', 1), sent);
    expect(changed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(changed).toHaveBeenCalledTimes(1);
    live.report(part('u1', 1), 101);
    vi.advanceTimersByTime(250);
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
