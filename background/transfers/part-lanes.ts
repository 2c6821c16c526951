/**
 * How many parts of an upload are in flight at once, adapted to what the link gives. On a clean
 * link one connection can fill it; on a lossy one each connection stays far below (TCP cuts its
 * window at every loss), and more parts in flight add up — over the bench's 40 ms, 100 Mbit/s
 * link losing 0.1 % of packets, one connection carried 11–20 Mbit/s, four 52 and eight 68
 * (docs/benchmarks.md, Uploads over a WAN). So an upload starts with four parts in flight and,
 * while every lane is busy, measures what it sends over two seconds; then it tries one lane
 * more, and keeps it only if the rate rose by a tenth — else it goes back to what it had, waits
 * four windows, and tries again (links change; one window of a lossy link can mislead). On
 * loopback a 256 MiB upload is over in about one window, so the lanes barely move there.
 */

/** Where an upload starts: enough to fill a clean link, few enough for two cores and a popup. */
export const START_LANES = 4;
/** Beyond eight, a part's re-sending after a stop (multipart.ts) costs more than the gain. */
export const MAX_LANES = 8;
/** Long enough for a new connection to leave slow start on a 100 ms path. */
export const WINDOW_MS = 2_000;
/** A lane more must raise the rate by this much to stay. */
const GAIN = 1.1;
/** After a lane that did not pay, windows to wait before trying again (the link may change, and one window can mislead). */
const HOLD_WINDOWS = 4;
/** How often the lanes look at what the upload has sent. */
const SAMPLE_MS = 250;

export interface PartLanes {
  /** How many parts may be in flight now. */
  wanted(): number;
  /**
   * What the upload has sent so far (`bytesSent`: finished parts and what in-flight parts have
   * sent) with `busy` parts in flight, at `now` ms.
   */
  observe(bytesSent: number, busy: number, now: number): void;
}

export function adaptiveLanes({ start = START_LANES, max = MAX_LANES, windowMs = WINDOW_MS } = {}): PartLanes {
  let wanted = start;
  /** What the next judged window does: measure the lanes as they are, try one more, or wait. */
  let phase: { kind: 'measure' } | { kind: 'try'; before: number } | { kind: 'hold'; windows: number } = { kind: 'measure' };
  let window: { bytes: number; at: number } | undefined;
  const judge = (rate: number) => {
    if (phase.kind === 'hold') {
      phase = phase.windows > 1 ? { kind: 'hold', windows: phase.windows - 1 } : { kind: 'measure' };
      return;
    }
    if (phase.kind === 'try' && rate < phase.before * GAIN) {
      wanted -= 1;
      phase = { kind: 'hold', windows: HOLD_WINDOWS };
      return;
    }
    if (wanted < max) {
      wanted += 1;
      phase = { kind: 'try', before: rate };
    } else phase = { kind: 'hold', windows: HOLD_WINDOWS };
  };
  return {
    wanted: () => wanted,
    observe(bytesSent, busy, now) {
      // A window with an idle lane (the last parts, or a lane just added) says nothing about the lanes wanted.
      if (busy < wanted) {
        window = undefined;
        return;
      }
      if (window === undefined) {
        window = { bytes: bytesSent, at: now };
        return;
      }
      if (now - window.at < windowMs) return;
      judge((bytesSent - window.bytes) / (now - window.at));
      window = undefined;
    },
  };
}

/**
 * Sends the `pending` parts, in order, with as many in flight as the lanes want; rejects at the
 * first failure or abort, after which no part starts. `sent` tells what the upload has sent so
 * far; the lanes look at it every quarter second.
 */
export function sendInLanes(
  pending: number[],
  sendPart: (number: number) => Promise<void>,
  { lanes = adaptiveLanes(), signal, sent }: { lanes?: PartLanes; signal: AbortSignal; sent: () => number },
): Promise<void> {
  let busy = 0;
  let sampler: ReturnType<typeof setInterval> | undefined;
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      failed = true;
      reject(error);
    };
    const fill = () => {
      while (!failed && busy < lanes.wanted() && pending.length > 0) {
        if (signal.aborted) return fail(signal.reason);
        busy += 1;
        sendPart(pending.shift() as number).then(() => {
          busy -= 1;
          if (busy === 0 && pending.length === 0) resolve();
          else fill();
        }, fail);
      }
    };
    if (pending.length === 0) return resolve();
    sampler = setInterval(() => {
      lanes.observe(sent(), busy, performance.now());
      fill();
    }, SAMPLE_MS);
    fill();
  }).finally(() => clearInterval(sampler));
}
