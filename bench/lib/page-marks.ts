/** Waiting in the driver for what bench-only scripts mark on a page's <html> (see bench/pages/page-api.ts). */
import type { TestPage } from '../../test/e2e/harness/types.ts';

/** Resolves to `data-<name>` once set; throws with the page's `data-bench-error` if that comes first. */
export function waitForMark(page: TestPage, name: string, timeoutMs = 30_000): Promise<string> {
  return page.evaluate(
    async ({ name, timeoutMs }) => {
      const data = document.documentElement.dataset;
      const deadline = performance.now() + timeoutMs;
      while (data[name] === undefined) {
        if (data.benchError !== undefined) throw new Error(`bench page failed: ${data.benchError}`);
        if (performance.now() > deadline) throw new Error(`no data-${name} on ${location.pathname} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return data[name] as string;
    },
    { name, timeoutMs },
  );
}
