import { describe, expect, it } from 'vitest';
import { memoryKeyValue } from '../storage/key-value.ts';
import { BACKOFF_STEPS_MS, consentBackoff, describeWait } from './consent-backoff.ts';

const A = 'https://a.example';
const B = 'https://b.example';

function clock() {
  let now = 1_000_000;
  return { now: () => now, pass: (ms: number) => void (now += ms) };
}

describe('consent back-off', () => {
  it('makes an origin wait longer after each unanswered question: 30 s, 2 min, 10 min, then an hour each time', async () => {
    const time = clock();
    const backoff = consentBackoff(memoryKeyValue(), time.now);
    expect(await backoff.waitLeft(A)).toBe(0);
    const waits: number[] = [];
    for (let n = 0; n < 6; n++) {
      waits.push(await backoff.dismissed(A));
      expect(await backoff.waitLeft(A)).toBe(waits.at(-1));
      time.pass(waits.at(-1) as number);
      expect(await backoff.waitLeft(A)).toBe(0);
    }
    expect(waits).toEqual([30_000, 120_000, 600_000, 3_600_000, 3_600_000, 3_600_000]);
    expect(BACKOFF_STEPS_MS[0]).toBe(30_000);
  });

  it('counts the wait down, keeps origins apart, and starts afresh after an answer', async () => {
    const time = clock();
    const backoff = consentBackoff(memoryKeyValue(), time.now);
    await backoff.dismissed(A);
    time.pass(10_000);
    expect(await backoff.waitLeft(A)).toBe(20_000);
    expect(await backoff.waitLeft(B)).toBe(0);
    time.pass(20_000);
    await backoff.dismissed(A);
    expect(await backoff.waitLeft(A)).toBe(120_000);
    await backoff.reset(A);
    expect(await backoff.waitLeft(A)).toBe(0);
    expect(await backoff.dismissed(A)).toBe(30_000);
  });

  it('survives a restarted background (it is stored, not held in memory), and counts dismissals that end together', async () => {
    const time = clock();
    const store = memoryKeyValue();
    const one = consentBackoff(store, time.now);
    await Promise.all([one.dismissed(A), one.dismissed(B), one.dismissed(A), one.dismissed(A)]);
    const restarted = consentBackoff(store, time.now);
    expect(await restarted.waitLeft(A)).toBe(600_000);
    expect(await restarted.waitLeft(B)).toBe(30_000);
  });

  it('ignores a damaged record rather than failing the request', async () => {
    const store = memoryKeyValue();
    await store.set('dismissals', '{not json');
    expect(await consentBackoff(store).waitLeft(A)).toBe(0);
  });

  it('says how long a wait is in words', () => {
    expect(describeWait(30_000)).toBe('30 seconds');
    expect(describeWait(400)).toBe('1 second');
    expect(describeWait(120_000)).toBe('2 minutes');
    expect(describeWait(3_600_000)).toBe('60 minutes');
    expect(describeWait(2 * 3_600_000)).toBe('2 hours');
  });
});
