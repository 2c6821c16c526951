/**
 * Sending messages from inside pages. Extension pages call `runtime.sendMessage` directly; web
 * pages go through the development build's probe content script (content/probe.ts).
 */
import type { TestPage } from './types.ts';

export const envelope = (name: unknown, request: unknown) => ({ tote: 'tote/1', name, request });

/** Sends `message` as is from an extension page; resolves to the reply, or `{thrown}` on a rejection. */
export function sendFromExtensionPage(page: TestPage, message: unknown): Promise<unknown> {
  return page.evaluate(async (raw) => {
    type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = scope.browser ?? scope.chrome;
    try {
      return await api.runtime.sendMessage(raw);
    } catch (error) {
      return { thrown: (error as Error).message };
    }
  }, message);
}

/** Asks the probe content script on a web page to send a typed call (`name`) or a raw message. */
export function sendFromContentScript(
  page: TestPage,
  probe: { name: string; request: unknown } | { raw: unknown } | { readStorage: true } | { writeLocal: Record<string, unknown> } | { readNotice: true },
): Promise<unknown> {
  return page.evaluate(async (request) => {
    const id = Math.random().toString(36).slice(2);
    for (let tries = 0; document.documentElement.dataset.toteProbe !== 'ready' && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the content script did not answer')), 10_000);
      document.addEventListener('tote-probe-reply', (event) => {
        const detail = JSON.parse((event as CustomEvent<string>).detail) as { id: string; reply: unknown };
        if (detail.id !== id) return;
        clearTimeout(timer);
        resolve(detail.reply);
      });
      document.dispatchEvent(new CustomEvent('tote-probe-request', { detail: JSON.stringify({ id, ...request }) }));
    });
  }, probe);
}
