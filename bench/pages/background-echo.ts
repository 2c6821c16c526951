/**
 * Bench-only, loaded into the bench copy's service worker before Tote's background: a bare
 * `runtime.onMessage` listener for messages marked `toteBench`, which Tote's listeners are made
 * to pass over. It answers
 *   - `echo`: at once (the floor for a message round trip);
 *   - `hold-file`: once the File it was handed is read into memory;
 *   - `hold-base64`: once a base64 chunk is decoded into the buffer for its transfer.
 * It ships in no build: the bench adds it to its own copy of the development build.
 */
import { chromeApi } from './page-api.ts';

type Listener = Parameters<typeof chromeApi.runtime.onMessage.addListener>[0];
type BenchMessage =
  | { toteBench: 'echo' }
  | { toteBench: 'hold-file'; file: Blob }
  | { toteBench: 'hold-base64'; id: string; total: number; offset: number; chunk: string };

const isBench = (message: unknown): message is BenchMessage => typeof message === 'object' && message !== null && 'toteBench' in message;

// Tote's listeners are added after this script runs; each is wrapped to stay silent on bench messages.
const onMessage = chromeApi.runtime.onMessage;
const addListener = onMessage.addListener.bind(onMessage);
onMessage.addListener = (listener: Listener) =>
  addListener((message, sender, sendResponse) => (isBench(message) ? undefined : listener(message, sender, sendResponse)));

const buffers = new Map<string, Uint8Array>();

function decodeBase64(text: string): Uint8Array {
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  if (fromBase64) return fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function hold(message: Exclude<BenchMessage, { toteBench: 'echo' }>): Promise<{ held: number }> {
  if (message.toteBench === 'hold-file') return { held: (await message.file.arrayBuffer()).byteLength };
  const buffer = buffers.get(message.id) ?? new Uint8Array(message.total);
  buffers.set(message.id, buffer);
  const bytes = decodeBase64(message.chunk);
  buffer.set(bytes, message.offset);
  const held = message.offset + bytes.length;
  if (held === message.total) buffers.delete(message.id);
  return { held };
}

addListener((message, _sender, sendResponse) => {
  // Other bench scripts answer their own kinds (lib-storage-worker.ts).
  if (!isBench(message) || !['echo', 'hold-file', 'hold-base64'].includes(message.toteBench)) return undefined;
  if (message.toteBench === 'echo') {
    sendResponse({ pong: true });
    return undefined;
  }
  hold(message).then(sendResponse, (error: Error) => sendResponse({ error: error.message }));
  return true;
});
