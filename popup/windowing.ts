/**
 * Which rows of a long list to put in the DOM: only those in view plus a margin, with spacers for
 * the rest, so 10,000 rows cost what 30 do. Rows have one fixed height (CSS keeps it so).
 */
export interface RowWindow {
  /** First row index rendered. */
  start: number;
  /** One past the last row index rendered. */
  end: number;
  /** Height of the spacers before and after the rendered rows, in px. */
  before: number;
  after: number;
}

export function rowWindow(count: number, scrollTop: number, viewportHeight: number, rowHeight: number, overscan = 8): RowWindow {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const firstVisible = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visibleCount = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.min(count, Math.max(0, firstVisible - overscan));
  const end = Math.min(count, firstVisible + visibleCount + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/** Whether the view is within `rows` rows of the end: time to load the next page. */
export function nearEnd(count: number, scrollTop: number, viewportHeight: number, rowHeight: number, rows = 20): boolean {
  return scrollTop + viewportHeight >= (count - rows) * rowHeight;
}

/** The scrollTop that brings row `index` fully into view, or the current one if it is already. */
export function scrollToRow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}
