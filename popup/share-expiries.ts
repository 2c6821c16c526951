/**
 * The lifetimes the share dialog offers. A link signed with temporary credentials stops working
 * when they expire (the background caps it there, background/s3/presign.ts), so only lifetimes
 * the current credentials outlast are offered, and the longest, the default, is "as long as they
 * last".
 */
import { t, tCount } from '../src/i18n/t.ts';
import { formatDuration } from './format.ts';

export interface ExpiryChoice {
  /** What to ask `s3.presign` for. */
  seconds: number;
  label: string;
  /** Asks for as long as the credentials last: the background's cap is the answer, not a surprise. */
  untilCredentialsExpire: boolean;
}

/** S3's own limit for a presigned link (SigV4). */
export const MAX_LINK_SECONDS = 7 * 24 * 3600;

/** Each with its label as the lifetime reads in the UI language (`1 hour`, not formatDuration's `60 minutes`). */
const PRESETS: Array<[number, () => string]> = [
  [5 * 60, () => tCount('durationMinutes', 5)],
  [15 * 60, () => tCount('durationMinutes', 15)],
  [30 * 60, () => tCount('durationMinutes', 30)],
  [3600, () => tCount('durationHours', 1)],
  [24 * 3600, () => tCount('durationDays', 1)],
  [MAX_LINK_SECONDS, () => tCount('durationDays', 7)],
];

/** A preset ends at least this long before the credentials, so no cap ever trims it by a moment. */
const MARGIN_SECONDS = 60;

/** Shortest first; the last is the longest and the default. `credentialsExpireAt` in epoch ms. */
export function expiryChoices(credentialsExpireAt: number | undefined, now: number): ExpiryChoice[] {
  const left = credentialsExpireAt === undefined ? MAX_LINK_SECONDS : Math.floor((credentialsExpireAt - now) / 1000);
  if (left >= MAX_LINK_SECONDS) return PRESETS.map(([seconds, label]) => ({ seconds, label: label(), untilCredentialsExpire: false }));
  const fitting = PRESETS.filter(([seconds]) => seconds <= left - MARGIN_SECONDS).map(([seconds, label]) => ({
    seconds,
    label: label(),
    untilCredentialsExpire: false,
  }));
  return [...fitting, { seconds: MAX_LINK_SECONDS, label: t('popupLongestPossible', formatDuration(left * 1000)), untilCredentialsExpire: true }];
}
