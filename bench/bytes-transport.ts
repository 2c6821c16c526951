/**
 * How bytes travel from an extension page to the background (docs/architecture.md, Messaging): a 64 MiB File handed
 * over as a handle (structured-clone messaging, as `transfers.start` and `s3.put` do) against the
 * obvious alternative, base64 strings in messages. Timed in the page from having the File until
 * the background answers that it holds all the bytes in memory (it reads the File into an
 * ArrayBuffer, or decodes each base64 chunk into one buffer). The receiver is a bench-only
 * listener in the worker (pages/background-echo.ts), the same for both. Base64 goes in 8 MiB
 * chunks: one 64 MiB message as base64 is over Chrome's 64 MiB message limit (checked once below).
 */
import type { Benchmark, BenchContext } from './lib/runner.ts';
import type { Row } from './lib/rows.ts';
import { ratio, summarise } from './lib/stats.ts';

const MiB = 1024 * 1024;
const SIZE = 64 * MiB;
const CHUNK = 8 * MiB;
const RUNS = 5;

async function measure({ browser }: BenchContext): Promise<Row[]> {
  const session = await browser();
  const page = await session.openExtensionPage('popup/index.html');
  const result = await page.evaluate(
    async ({ size, chunkSize, runs }) => {
      type Reply = { held?: number; error?: string } | undefined;
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<Reply> } } }).chrome;
      const bytes = new Uint8Array(size);
      for (let offset = 0; offset < size; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
      const file = new File([bytes], 'bench.bin', { type: 'application/octet-stream' });
      const toBase64 = (part: Uint8Array): string => {
        const native = (part as unknown as { toBase64?: () => string }).toBase64;
        if (native) return native.call(part);
        let binary = '';
        for (let offset = 0; offset < part.length; offset += 32_768) binary += String.fromCharCode(...part.subarray(offset, offset + 32_768));
        return btoa(binary);
      };
      const expectHeld = (reply: Reply, held: number) => {
        if (reply?.held !== held) throw new Error(`the background holds ${JSON.stringify(reply)}, not ${held} bytes`);
      };
      const handle: number[] = [];
      const base64: number[] = [];
      for (let run = 0; run < runs; run++) {
        let started = performance.now();
        expectHeld(await api.runtime.sendMessage({ toteBench: 'hold-file', file }), size);
        handle.push(performance.now() - started);

        started = performance.now();
        const all = new Uint8Array(await file.arrayBuffer());
        const id = `${run}-${Math.random()}`;
        for (let offset = 0; offset < size; offset += chunkSize) {
          const part = all.subarray(offset, offset + chunkSize);
          expectHeld(await api.runtime.sendMessage({ toteBench: 'hold-base64', id, total: size, offset, chunk: toBase64(part) }), offset + part.length);
        }
        base64.push(performance.now() - started);
      }
      let wholeMessage: string;
      try {
        const reply = await api.runtime.sendMessage({ toteBench: 'hold-base64', id: 'whole', total: size, offset: 0, chunk: toBase64(bytes) });
        wholeMessage = reply?.held === size ? 'accepted' : `answered ${JSON.stringify(reply)}`;
      } catch (error) {
        wholeMessage = `refused: ${(error as Error).message}`;
      }
      return { handle, base64, wholeMessage, nativeBase64: 'toBase64' in Uint8Array.prototype };
    },
    { size: SIZE, chunkSize: CHUNK, runs: RUNS },
  );
  const handle = summarise(result.handle);
  const base64 = summarise(result.base64);
  return [
    {
      benchmark: 'bytes-transport',
      name: '64 MiB File: page → background holds the bytes',
      unit: 'ms',
      tote: handle,
      baseline: { label: 'base64 strings in 8 MiB chunks', value: base64 },
      ratio: ratio(handle.median, base64.median),
      note: `Tote hands the File over as a handle (structured clone); one 64 MiB message as base64: ${result.wholeMessage}; ${result.nativeBase64 ? 'native Uint8Array base64 codec' : 'btoa/atob'}`,
    },
  ];
}

export const bytesTransport: Benchmark = { name: 'bytes-transport', needsStack: true, run: measure };
