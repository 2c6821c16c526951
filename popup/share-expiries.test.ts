import { describe, expect, it } from 'vitest';
import { expiryChoices, MAX_LINK_SECONDS } from './share-expiries.ts';

const now = 1_800_000_000_000;
const labels = (credentialsLeftMs: number | undefined) =>
  expiryChoices(credentialsLeftMs === undefined ? undefined : now + credentialsLeftMs, now).map((choice) => choice.label);

describe('expiryChoices', () => {
  it('offers only what credentials lasting 60 minutes allow, the longest last: as long as they last', () => {
    expect(labels(60 * 60_000)).toEqual(['5 minutes', '15 minutes', '30 minutes', '60 minutes (the longest possible)']);
    const longest = expiryChoices(now + 60 * 60_000, now).at(-1);
    expect(longest).toEqual({ seconds: MAX_LINK_SECONDS, label: '60 minutes (the longest possible)', untilCredentialsExpire: true });
  });

  it('never offers a preset the credentials would cut short, even by a moment', () => {
    expect(labels(30 * 60_000 + 30_000)).toEqual(['5 minutes', '15 minutes', '30 minutes (the longest possible)']);
    expect(labels(31 * 60_000)).toEqual(['5 minutes', '15 minutes', '30 minutes', '31 minutes (the longest possible)']);
  });

  it('offers only "as long as they last" when the credentials are nearly spent', () => {
    expect(labels(3 * 60_000)).toEqual(['3 minutes (the longest possible)']);
    expect(labels(-5_000)).toEqual(['less than a minute (the longest possible)']);
  });

  it('reaches the days for credentials of 12 hours', () => {
    expect(labels(12 * 3600_000)).toEqual(['5 minutes', '15 minutes', '30 minutes', '1 hour', '12 hours (the longest possible)']);
  });

  it("offers every preset up to S3's 7 days when the credentials outlast it (or are not known)", () => {
    const all = ['5 minutes', '15 minutes', '30 minutes', '1 hour', '1 day', '7 days'];
    expect(labels(8 * 24 * 3600_000)).toEqual(all);
    expect(labels(undefined)).toEqual(all);
    expect(expiryChoices(undefined, now).every((choice) => !choice.untilCredentialsExpire)).toBe(true);
  });
});
