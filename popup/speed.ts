/**
 * Upload speed from successive `bytesDone` readings: bytes over time across the last few seconds,
 * so one large part finishing does not make the number jump.
 */
export interface Sample {
  at: number;
  bytesDone: number;
}

export const SPEED_WINDOW_MS = 5_000;

/** Adds a reading, keeping the ones inside the window (and one before it, as the baseline). */
export function addSample(samples: readonly Sample[], sample: Sample, windowMs = SPEED_WINDOW_MS): Sample[] {
  const last = samples.at(-1);
  // A retry restarts from fewer bytes: the old readings no longer describe this upload.
  if (last && sample.bytesDone < last.bytesDone) return [sample];
  if (last && last.bytesDone === sample.bytesDone && last.at === sample.at) return [...samples];
  const kept = [...samples, sample];
  let first = 0;
  while (first < kept.length - 2 && sample.at - (kept[first + 1] as Sample).at >= windowMs) first++;
  return kept.slice(first);
}

/** Bytes per second across the samples; undefined until two readings are apart in time. */
export function speedOf(samples: readonly Sample[]): number | undefined {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || last.at <= first.at) return undefined;
  return ((last.bytesDone - first.bytesDone) * 1000) / (last.at - first.at);
}
