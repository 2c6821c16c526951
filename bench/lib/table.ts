/** The rows as a plain-text table. */
import type { Figure, Row } from './rows.ts';

function number(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function formatFigure(figure: Figure): string {
  if (typeof figure === 'number') return number(figure);
  const p99 = figure.p99 === undefined ? '' : ` p99 ${number(figure.p99)}`;
  return `${number(figure.median)} (${number(figure.min)}–${number(figure.max)}, n=${figure.runs})${p99}`;
}

export function formatTable(rows: Row[]): string {
  const header = ['benchmark', 'measure', 'unit', 'Tote: median (min–max, n)', 'baseline', 'ratio', 'target', 'met'];
  const lines = rows.map((row) => [
    row.benchmark,
    row.name,
    row.unit,
    formatFigure(row.tote),
    row.baseline ? `${formatFigure(row.baseline.value)} [${row.baseline.label}]` : '—',
    row.ratio === undefined ? '—' : `${row.ratio}×`,
    row.target ?? '—',
    row.met === undefined ? '' : row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] as string).length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] as number))
      .join(' | ')
      .trimEnd();
  const notes = rows.filter((row) => row.note).map((row) => `- ${row.benchmark} / ${row.name}: ${row.note}`);
  return [render(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...lines.map(render), ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}
