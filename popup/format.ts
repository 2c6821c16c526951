/**
 * How sizes, dates, speeds, progress and link lifetimes read, in the browser's UI language
 * (src/i18n/t.ts): `1.5 KiB` in English, `1,5 KiB` in German.
 */
import { t, tCount, uiLocale } from '../src/i18n/t.ts';
import type { TransferView } from '../src/messaging/protocol.ts';

const SIZE_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];

/**
 * One formatter per language and options, made once per page: making one costs far more than
 * using it (ICU loads its data), and a listing formats a size and a date on every row.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numbers(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n${locale}${JSON.stringify(options)}`;
  let made = formatters.get(key) as Intl.NumberFormat | undefined;
  if (made === undefined) formatters.set(key, (made = new Intl.NumberFormat(locale, options)));
  return made;
}
function dates(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${locale}${JSON.stringify(options)}`;
  let made = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (made === undefined) formatters.set(key, (made = new Intl.DateTimeFormat(locale, options)));
  return made;
}

/** Whole percent: `40%` in English, `40 %` in German. */
export function formatPercent(percent: number): string {
  return numbers(uiLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** `0 B`, `17 B`, `1.5 KiB`, `64 MiB`: binary units, one decimal below 10. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${numbers(uiLocale(), { useGrouping: false }).format(bytes)} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  const number = numbers(uiLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
  return `${number} ${SIZE_UNITS[unit]}`;
}

/** `3.2 MiB/s`; nothing to show until there is a rate. */
export function formatSpeed(bytesPerSecond: number | undefined): string {
  return bytesPerSecond === undefined || !Number.isFinite(bytesPerSecond) || bytesPerSecond <= 0
    ? ''
    : t('speedPerSecond', formatSize(Math.round(bytesPerSecond)));
}

/** A date short enough for a 400 px row: the time for today, the day otherwise. */
export function formatModified(epochMs: number, now = Date.now(), locale = uiLocale()): string {
  const date = new Date(epochMs);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  return sameDay
    ? dates(locale, { hour: '2-digit', minute: '2-digit' }).format(date)
    : dates(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

/**
 * `45 minutes`, `2 hours`, `7 days`, `less than a minute`: a length of time, rounded down, so
 * it never promises more than there is.
 */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return t('durationUnderAMinute');
  if (minutes < 90) return tCount('durationMinutes', minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 36) return tCount('durationHours', hours);
  return tCount('durationDays', Math.floor(hours / 24));
}

/** `in 45 minutes`, `in 2 hours`, `in 7 days`: how long until `epochMs`. */
export function formatTimeLeft(epochMs: number, now = Date.now()): string {
  return t('timeLeft', formatDuration(epochMs - now));
}

/** The full date and time a link stops working, e.g. `27 Nov 2026, 09:41`. */
export function formatMoment(epochMs: number, locale = uiLocale()): string {
  return dates(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(epochMs));
}

/** Whole percent of an upload done; a finished one is 100 whatever its size. */
export function percentDone(transfer: TransferView): number {
  if (transfer.state === 'done' || transfer.size === 0) return transfer.state === 'done' ? 100 : 0;
  return Math.min(100, Math.floor((transfer.bytesDone / transfer.size) * 100));
}
