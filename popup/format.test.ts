import { describe, expect, it } from 'vitest';
import type { TransferView } from '../src/messaging/protocol.ts';
import { formatDuration, formatSize, formatSpeed, formatTimeLeft, percentDone } from './format.ts';
import { tCount } from '../src/i18n/t.ts';

describe('formatSize', () => {
  it.each([
    [0, '0 B'],
    [17, '17 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [64 * 1024 * 1024, '64 MiB'],
    [5 * 1024 ** 4 * 1024, '5120 TiB'],
  ])('%d bytes read as %s', (bytes, text) => expect(formatSize(bytes)).toBe(text));
});

describe('formatSpeed', () => {
  it('says nothing without a rate', () => {
    expect(formatSpeed(undefined)).toBe('');
    expect(formatSpeed(0)).toBe('');
    expect(formatSpeed(Number.POSITIVE_INFINITY)).toBe('');
  });
  it('reads as size per second', () => expect(formatSpeed(3 * 1024 * 1024)).toBe('3.0 MiB/s'));
});

describe('formatTimeLeft', () => {
  const now = 1_000_000_000_000;
  it.each([
    [0, 'in less than a minute'],
    [60_000, 'in 1 minute'],
    [45 * 60_000, 'in 45 minutes'],
    [3600_000, 'in 60 minutes'],
    [2 * 3600_000, 'in 2 hours'],
    [24 * 3600_000, 'in 24 hours'],
    [7 * 24 * 3600_000, 'in 7 days'],
  ])('%d ms ahead reads as %s', (ahead, text) => expect(formatTimeLeft(now + ahead, now)).toBe(text));
  it('never counts backwards', () => expect(formatTimeLeft(now - 5_000, now)).toBe('in less than a minute'));
});

it('counts things with the noun in the right number', () => {
  expect(tCount('countObjects', 1)).toBe('1 object');
  expect(tCount('countObjects', 0)).toBe('0 objects');
  expect(tCount('countFiles', 3)).toBe('3 files');
  expect(tCount('countFiles', 12_345)).toBe('12,345 files');
});

describe('percentDone', () => {
  const transfer = (state: TransferView['state'], bytesDone: number, size: number) => ({
    id: 'x',
    key: 'k',
    size,
    bytesDone,
    state,
    multipart: false,
    partAttempts: 0,
    startedAt: 0,
    updatedAt: 0,
  });
  it('rounds down, so 100% means done', () => {
    expect(percentDone(transfer('running', 0, 40))).toBe(0);
    expect(percentDone(transfer('running', 39, 40))).toBe(97);
    expect(percentDone(transfer('running', 40, 40))).toBe(100);
  });
  it('is 100 for a finished upload, even an empty one, and 0 for an empty one not finished', () => {
    expect(percentDone(transfer('done', 0, 0))).toBe(100);
    expect(percentDone(transfer('queued', 0, 0))).toBe(0);
  });
  it('never passes 100', () => expect(percentDone(transfer('running', 50, 40))).toBe(100));
});

describe('formatDuration', () => {
  it.each([
    [0, 'less than a minute'],
    [59 * 60_000, '59 minutes'],
    [3 * 3600_000, '3 hours'],
    [3 * 24 * 3600_000, '3 days'],
  ])('%d ms reads as %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

it('formatDuration rounds down, so a label never promises more than there is', () => {
  expect(formatDuration(59 * 60_000 + 59_000)).toBe('59 minutes');
  expect(formatDuration(119 * 60_000)).toBe('1 hour');
  expect(formatDuration(47 * 3600_000)).toBe('1 day');
});
