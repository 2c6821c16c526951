/**
 * Keeps the background awake while uploads run, so none pauses. An idle background is stopped
 * even while its requests are on the wire: Firefox suspends an event page after
 * `extensions.background.idle.timeout` (30 s by default) without extension events or API calls,
 * and only an API call that reaches the parent process resets that timer; Chrome's worker timer
 * is reset by extension API calls too. So while any upload runs, the background makes one
 * harmless call a second (`ping`), well under any idle timeout in use, and none once they end.
 */
export type KeepAwake = <T>(work: () => Promise<T>) => Promise<T>;

export function createKeepAwake(ping: () => Promise<unknown>, everyMs = 1_000): KeepAwake {
  let working = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  return async (work) => {
    if (working++ === 0) timer = setInterval(() => void ping().catch(() => undefined), everyMs);
    try {
      return await work();
    } finally {
      if (--working === 0) clearInterval(timer);
    }
  };
}
