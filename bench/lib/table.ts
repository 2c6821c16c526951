/** Prints the rows as a plain-text table and writes them, with the machine, to a JSON file. */
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
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
  const render = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ').trimEnd();
  const notes = rows.filter((row) => row.note).map((row) => `- ${row.benchmark} / ${row.name}: ${row.note}`);
  return [render(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...lines.map(render), ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

export function machine(): { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string } {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

export async function writeResults(path: string, rows: Row[], extra: Record<string, unknown>): Promise<void> {
  const results = { when: new Date().toISOString(), machine: machine(), ...extra, rows };
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
