/** Talking to Tote's page bridge from inside a web page's own world, as a web app would (docs/page-bridge.md). */
import type { TestPage } from './types.ts';

export type BridgeOutcome = { reply: { id: string; ok: boolean; value?: unknown; error?: { code: string; message: string } } } | { silence: true };

/**
 * Posts `message` (its `id` is filled in) and resolves to the reply with that id, or to silence
 * when none comes within `waitMs`. JSON cannot carry a Blob: `bodyText` becomes a Blob body.
 */
export function bridgeCall(page: TestPage, message: Record<string, unknown>, waitMs = 20_000): Promise<BridgeOutcome> {
  return page.evaluate(
    ({ message, waitMs }) =>
      new Promise<BridgeOutcome>((resolve) => {
        const id = `t${Math.random().toString(36).slice(2)}`;
        const timer = setTimeout(() => {
          window.removeEventListener('message', listen);
          resolve({ silence: true });
        }, waitMs);
        function listen(event: MessageEvent) {
          const data = event.data as { tote?: string; reply?: boolean; id?: string };
          if (data?.tote !== 'tote-bridge/1' || data.reply !== true || data.id !== id) return;
          clearTimeout(timer);
          window.removeEventListener('message', listen);
          // JSON cannot carry the ArrayBuffer a `get` returns: it comes back as `bytesText` (UTF-8).
          const value = (data as { value?: { bytes?: unknown } }).value;
          const bytes = value?.bytes instanceof ArrayBuffer ? { bytes: undefined, bytesText: new TextDecoder().decode(value.bytes) } : {};
          resolve({ reply: JSON.parse(JSON.stringify(value?.bytes instanceof ArrayBuffer ? { ...data, value: { ...value, ...bytes } } : data)) });
        }
        window.addEventListener('message', listen);
        const { bodyText, ...rest } = message as { bodyText?: string };
        window.postMessage(
          { tote: 'tote-bridge/1', id, ...rest, ...(bodyText !== undefined ? { body: new Blob([bodyText], { type: 'text/plain' }) } : {}) },
          location.origin,
        );
      }),
    { message, waitMs },
  );
}
