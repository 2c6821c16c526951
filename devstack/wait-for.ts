/** Polls until a check passes; a check that throws counts as "not yet", `giveUp` ends it at once. */
export interface WaitOptions {
  timeoutMs: number;
  intervalMs: number;
  /** Returns a reason to stop waiting now (e.g. the daemon being waited on has exited). */
  giveUp?: () => string | undefined;
}

export async function waitFor(what: string, check: () => Promise<boolean>, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const reason = options.giveUp?.();
    if (reason) throw new Error(`Gave up waiting for ${what}: ${reason}`);
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
  const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`Timed out after ${options.timeoutMs} ms waiting for ${what}${cause}`);
}
