/**
 * Bench-only: a file input and `benchLibStorage(name)`, which hands the chosen file to the
 * background's lib-storage runner (lib-storage-worker.ts) and answers how long the upload took
 * there. The upload runs in the background, not in this page: a driver inspecting this page's
 * network would copy every in-memory part body it sends (lib-storage reads the file into them),
 * and a developer would run it in the background anyway. It ships in no build.
 */
import { chromeApi, fileInput, mark, query } from './page-api.ts';

const input = fileInput();

(globalThis as unknown as { benchLibStorage(name: string): Promise<number> }).benchLibStorage = async (name) => {
  const file = input.files?.[0];
  if (!file) throw new Error('choose a file first');
  const message = { toteBench: 'lib-storage', file, name, region: query('region'), endpoint: query('endpoint'), bucket: query('bucket') };
  const reply = (await chromeApi.runtime.sendMessage(message)) as { ms: number } | { error: string } | undefined;
  if (reply === undefined) throw new Error('no lib-storage runner in the background: the bench copy was made without it');
  if ('error' in reply) throw new Error(`lib-storage's upload failed: ${reply.error}`);
  return reply.ms;
};
mark('benchReady', 'yes');
