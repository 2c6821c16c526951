/** Shared by the upload benchmarks: the file they upload, and how they see an upload from the popup end. */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { TestPage } from '../../test/e2e/harness/types.ts';

export const MiB = 1024 * 1024;

/** A file of `size` random bytes (nothing compresses or dedupes it). */
export async function writeRandomFile(path: string, size: number): Promise<void> {
  const out = createWriteStream(path);
  for (let written = 0; written < size; written += MiB) {
    if (!out.write(randomBytes(Math.min(MiB, size - written)))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/**
 * Polls the popup's transfer list until the transfer of `name` is done (throws if it fails).
 * Returns when it first appeared (its copy stored: `transfers.start` saves the record after the
 * copy) and when it was done, in ms from the call.
 */
export function untilDone(popup: TestPage, name: string): Promise<{ storedMs: number; doneMs: number }> {
  return popup.evaluate(async (fileName) => {
    type View = { key: string; state: string; error?: { message: string } };
    type Api = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value: View[] }> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = scope.browser ?? scope.chrome;
    const started = performance.now();
    let storedMs: number | undefined;
    for (;;) {
      const reply = await api.runtime.sendMessage({ tote: 'tote/1', name: 'transfers.list', request: {} });
      const transfer = reply.ok ? reply.value.find((view) => view.key.endsWith(`/${fileName}`)) : undefined;
      if (transfer) storedMs ??= performance.now() - started;
      if (transfer?.state === 'done') return { storedMs: storedMs as number, doneMs: performance.now() - started };
      if (transfer?.state === 'failed' || transfer?.state === 'cancelled') throw new Error(`upload ${transfer.state}: ${transfer.error?.message ?? ''}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, name);
}
