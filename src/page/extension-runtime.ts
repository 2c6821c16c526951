/**
 * The two runtime calls the page-side content scripts (notice, bridge) need, without the
 * webextension-polyfill: it would take most of their 15 KiB budget. Chrome's MV3 `chrome.runtime`
 * returns promises from `sendMessage`; Firefox has `browser`. Replies to `onMessage` go through
 * `sendResponse`, which both browsers honour.
 */
interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined): void };
}

const api = globalThis as unknown as { browser?: { runtime: RuntimeLike }; chrome?: { runtime: RuntimeLike } };
const runtime = (api.browser ?? api.chrome)?.runtime as RuntimeLike;

/** Sends a protocol request (the `tote/1` envelope of src/messaging/envelope.ts) to the background. */
export function sendToBackground(name: string, request: unknown): Promise<unknown> {
  return runtime.sendMessage({ tote: 'tote/1', name, request });
}

/** Listens for messages the background sends to this tab; `handle` returns whether it took the message. */
export function onBackgroundMessage(handle: (message: unknown) => boolean): void {
  runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!handle(message)) return undefined;
    sendResponse(true);
    return undefined;
  });
}
