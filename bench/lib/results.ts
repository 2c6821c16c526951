/**
 * bench/results.json: the rows with the machine they came from. Rows of benchmarks not run this
 * time are kept from the file as it was, so `npm run bench -- <name>` updates only its own.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Row } from './rows.ts';

function versionOf(binary: string): string {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** The machine, and how busy it was (1, 5, 15-minute load averages): others share its two cores. */
export function machine(): {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  chromium: string;
  firefox: string;
  loadAverage: number[];
} {
  return {
    chromium: versionOf(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    firefox: versionOf(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'),
    loadAverage: loadAverage(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

export const loadAverage = (): number[] => loadavg().map((load) => Math.round(load * 100) / 100);

/**
 * Writes `fresh` (stamped with the time) and the earlier rows of benchmarks not in `ran`, in the
 * order of `order`; returns how many earlier rows were kept.
 */
export async function saveResults(path: string, fresh: Row[], ran: string[], order: string[], extra: Record<string, unknown>): Promise<number> {
  const when = new Date().toISOString();
  const earlier = (JSON.parse(await readFile(path, 'utf8').catch(() => '{"rows":[]}')) as { rows: Row[] }).rows.filter((row) => !ran.includes(row.benchmark));
  const rows = [...earlier, ...fresh.map((row) => ({ ...row, when }))].sort((a, b) => order.indexOf(a.benchmark) - order.indexOf(b.benchmark));
  await writeFile(path, `${JSON.stringify({ when, machine: machine(), ...extra, rows }, null, 2)}\n`);
  return earlier.length;
}
