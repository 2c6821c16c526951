import { describe, expect, it } from 'vitest';
import { nearEnd, rowWindow, scrollToRow } from './windowing.ts';

describe('rowWindow', () => {
  it('renders the rows in view plus the overscan, and spacers for the rest', () => {
    // 10,000 rows of 32 px in a 320 px view scrolled to row 500.
    const window = rowWindow(10_000, 500 * 32, 320, 32, 8);
    expect(window).toEqual({ start: 492, end: 519, before: 492 * 32, after: (10_000 - 519) * 32 });
    expect(window.before + (window.end - window.start) * 32 + window.after).toBe(10_000 * 32);
  });
  it('clamps at both ends', () => {
    expect(rowWindow(10_000, 0, 320, 32, 8)).toMatchObject({ start: 0, end: 19, before: 0 });
    expect(rowWindow(10, 5_000, 320, 32, 8)).toEqual({ start: 10, end: 10, before: 320, after: 0 });
    expect(rowWindow(5, -40, 320, 32, 8)).toEqual({ start: 0, end: 5, before: 0, after: 0 });
  });
  it('renders nothing for no rows', () => expect(rowWindow(0, 0, 320, 32)).toEqual({ start: 0, end: 0, before: 0, after: 0 }));
});

describe('nearEnd', () => {
  it('is true within the last rows, false before', () => {
    expect(nearEnd(1000, 0, 320, 32, 20)).toBe(false);
    expect(nearEnd(1000, (1000 - 30) * 32, 320, 32, 20)).toBe(true);
    expect(nearEnd(5, 0, 320, 32, 20)).toBe(true);
  });
});

describe('scrollToRow', () => {
  it('scrolls only as far as needed to show the row', () => {
    expect(scrollToRow(5, 0, 320, 32)).toBe(0);
    expect(scrollToRow(10, 0, 320, 32)).toBe(11 * 32 - 320);
    expect(scrollToRow(2, 200, 320, 32)).toBe(64);
  });
});
