/**
 * Message round trip popup → background → popup for a trivial call: Tote's `ping` through the
 * router (envelope, sender policy, schema, handler) against the floor — a `runtime.sendMessage`
 * answered at once by a bare listener in the same service worker (bench-only, see
 * pages/background-echo.ts). 1,000 calls of each, alternating, after 50 to warm up; median and p99.
 */
import type { Benchmark, BenchContext } from './lib/runner.ts';
import type { Row } from './lib/rows.ts';
import { ratio, summarise } from './lib/stats.ts';

const CALLS = 1_000;
const WARM_UP = 50;

async function measure({ signedIn }: BenchContext): Promise<Row[]> {
  const { popup } = await signedIn('bench-messages');
  const times = await popup.evaluate(
    async ({ calls, warmUp }) => {
      type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const ping = { tote: 'tote/1', name: 'ping', request: {} };
      const echo = { toteBench: 'echo' };
      const once = async (message: unknown) => {
        const started = performance.now();
        const reply = (await api.runtime.sendMessage(message)) as { ok?: boolean; pong?: boolean } | undefined;
        if (reply?.ok !== true && reply?.pong !== true) throw new Error(`unexpected reply ${JSON.stringify(reply)}`);
        return performance.now() - started;
      };
      for (let index = 0; index < warmUp; index++) await Promise.all([once(ping), once(echo)]);
      const tote: number[] = [];
      const floor: number[] = [];
      for (let index = 0; index < calls; index++) {
        tote.push(await once(ping));
        floor.push(await once(echo));
      }
      return { tote, floor };
    },
    { calls: CALLS, warmUp: WARM_UP },
  );
  const tote = summarise(times.tote, { withP99: true });
  const floor = summarise(times.floor, { withP99: true });
  return [
    {
      benchmark: 'message-round-trip',
      name: `ping popup → background → popup, ${CALLS} calls`,
      unit: 'ms',
      tote,
      baseline: { label: 'bare sendMessage listener in the same worker', value: floor },
      ratio: ratio(tote.median, floor.median),
      note: `p99 ratio ${ratio(tote.p99 as number, floor.p99 as number)}×; performance.now() around each runtime.sendMessage in the popup page`,
    },
  ];
}

export const messageRoundTrip: Benchmark = { name: 'message-round-trip', needsStack: true, run: measure };
