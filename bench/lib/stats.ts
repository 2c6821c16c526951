/** Summaries of repeated measurements: median with min and max, percentiles, ratios. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Only for long series (message round trips): the 99th percentile. */
  p99?: number;
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(samples: number[], fraction: number): number {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summarise(samples: number[], { withP99 = false } = {}): Summary {
  if (samples.length === 0) throw new Error('no samples to summarise');
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    ...(withP99 ? { p99: percentile(samples, 0.99) } : {}),
  };
}

/** Tote's figure over the baseline's, rounded to two decimals. */
export function ratio(tote: number, baseline: number): number {
  return Math.round((tote / baseline) * 100) / 100;
}

/**
 * The median of each run's own ratio, for baselines run beside Tote's runs (interleaved): on a
 * machine whose speed drifts between runs, it compares each run with its neighbour, not the
 * medians of two series that may have caught different moments.
 */
export function pairedRatio(tote: number[], baseline: number[]): number {
  if (tote.length !== baseline.length) throw new Error('paired series differ in length');
  return Math.round(median(tote.map((value, index) => value / (baseline[index] as number))) * 100) / 100;
}
