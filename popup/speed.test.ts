import { expect, it } from 'vitest';
import { addSample, speedOf, type Sample } from './speed.ts';

const feed = (readings: Array<[number, number]>, windowMs = 5_000) =>
  readings.reduce<Sample[]>((samples, [at, bytesDone]) => addSample(samples, { at, bytesDone }, windowMs), []);

it('has no speed before two readings apart in time', () => {
  expect(speedOf([])).toBeUndefined();
  expect(speedOf(feed([[1000, 0]]))).toBeUndefined();
  expect(
    speedOf(
      feed([
        [1000, 0],
        [1000, 5],
      ]),
    ),
  ).toBeUndefined();
});

it('is bytes over seconds across the window', () => {
  expect(
    speedOf(
      feed([
        [0, 0],
        [1000, 1_000_000],
        [2000, 3_000_000],
      ]),
    ),
  ).toBe(1_500_000);
});

it('forgets readings older than the window, keeping one baseline', () => {
  const samples = feed([
    [0, 0],
    [1000, 10_000_000],
    [7000, 11_000_000],
    [8000, 12_000_000],
  ]);
  expect(samples.map((sample) => sample.at)).toEqual([1000, 7000, 8000]);
  expect(speedOf(samples)).toBe(2_000_000 / 7);
});

it('starts over when the bytes go down (a retry)', () => {
  const samples = feed([
    [0, 0],
    [1000, 5_000],
    [2000, 0],
  ]);
  expect(samples).toEqual([{ at: 2000, bytesDone: 0 }]);
});
