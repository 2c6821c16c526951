/**
 * One line of the benchmark table. Timed rows carry summaries (median, min, max of ≥ 5 runs);
 * counted rows (Cognito calls, bytes) carry plain numbers. The baseline is measured in the same
 * run, and `ratio` is Tote over baseline.
 */
import type { Summary } from './stats.ts';

export type Figure = number | Summary;

export interface Row {
  benchmark: string;
  /** What was measured, e.g. "popup → first listing, warm worker". */
  name: string;
  unit: string;
  tote: Figure;
  baseline?: { label: string; value: Figure };
  ratio?: number;
  /** The target in words, e.g. "≤ 1.3 × floor". */
  target?: string;
  met?: boolean;
  note?: string;
}
