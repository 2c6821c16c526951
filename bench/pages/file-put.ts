/**
 * Bench-only: a file input and `benchPut(url)`, which PUTs the chosen file to a presigned URL with
 * one `fetch` from an extension page — the browser's own floor for an upload, beside curl's.
 * It ships in no build.
 */
import { fileInput, mark } from './page-api.ts';

const input = fileInput();

(globalThis as unknown as { benchPut(url: string): Promise<number> }).benchPut = async (url) => {
  const file = input.files?.[0];
  if (!file) throw new Error('choose a file first');
  const started = performance.now();
  const response = await fetch(url, { method: 'PUT', body: file });
  if (!response.ok) throw new Error(`the presigned PUT answered ${response.status}: ${await response.text()}`);
  return performance.now() - started;
};
mark('benchReady', 'yes');
