/**
 * The page bridge's consent as a person meets it: a web app whose button calls the bridge from
 * its click handler (the user activation the question needs), a page that calls it on its own
 * at load (none), and the consent window that opens.
 */
import { waitFor } from './process.ts';
import type { BridgeOutcome } from './bridge-page.ts';
import type { Route } from './web-server.ts';
import type { ExtensionSession, TestPage } from './types.ts';

/** Records every bridge reply in `window.toteReplies`, as a web app would receive them. */
const RECORD_REPLIES = `window.toteReplies = [];
addEventListener('message', (event) => {
  if (event.source === window && event.data?.tote === 'tote-bridge/1' && event.data.reply === true) window.toteReplies.push(JSON.parse(JSON.stringify(event.data)));
});`;

/** A web app with a "Use Tote" button; its click handler posts `window.nextToteRequest`. */
export const APP_PAGE: Route = {
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes app</title></head><body>
<h1>Notes app</h1><button type="button" data-testid="use-tote">Use Tote</button>
<script>${RECORD_REPLIES}
window.nextToteRequest = { id: 'none', op: 'list' };
document.querySelector('[data-testid="use-tote"]').addEventListener('click', () => window.postMessage({ tote: 'tote-bridge/1', ...window.nextToteRequest }, location.origin));
</script></body></html>`,
};

/**
 * A page that calls the bridge by itself while it loads: no click, no key press. (Not through the
 * driver: Playwright's and Puppeteer's evaluate give the page a user activation.)
 */
export const UNPROMPTED_PAGE: Route = {
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pushy app</title></head><body><h1>Pushy app</h1>
<script>${RECORD_REPLIES}
window.postMessage({ tote: 'tote-bridge/1', id: 'on-load', op: 'list' }, location.origin);
</script></body></html>`,
};

type Reply = Extract<BridgeOutcome, { reply: unknown }>['reply'];

/** The reply with `id` the page has received, waiting up to `waitMs`; silence if none came. */
export async function replyTo(page: TestPage, id: string, waitMs = 20_000): Promise<BridgeOutcome> {
  try {
    const reply = await waitFor(
      `the bridge's reply to ${id}`,
      () => page.evaluate((wanted) => (window as unknown as { toteReplies: Reply[] }).toteReplies.find((reply) => reply.id === wanted), id),
      waitMs,
    );
    return { reply };
  } catch {
    return { silence: true };
  }
}

let clicks = 0;
/** Clicks "Use Tote" in APP_PAGE so that it posts `request`; resolves to the reply. */
export async function clickBridge(page: TestPage, request: Record<string, unknown>, waitMs?: number): Promise<BridgeOutcome> {
  const id = `click-${++clicks}`;
  await page.evaluate((next) => void ((window as unknown as { nextToteRequest: unknown }).nextToteRequest = next), { id, ...request });
  await page.click('[data-testid="use-tote"]');
  return replyTo(page, id, waitMs);
}

/** How many consent windows (popup windows) are open, asked from an extension page. */
export function consentWindows(extensionPage: TestPage): Promise<number> {
  return extensionPage.evaluate(async () => {
    type Api = { windows: { getAll(filter: { windowTypes: string[] }): Promise<unknown[]> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (await (scope.browser ?? scope.chrome).windows.getAll({ windowTypes: ['popup'] })).length;
  }, undefined);
}

export const isConsentWindow = (url: string) => url.includes('/consent/index.html');

/** Waits until the consent window's Allow is armed (it is disabled for its first second of focus). */
export function allowArmed(prompt: TestPage): Promise<true> {
  return waitFor('Allow to be armed', async () =>
    (await prompt.find({ role: 'button', name: 'Allow' }).evaluate((button) => (button as HTMLButtonElement).disabled)) ? undefined : true,
  );
}

/** The consent window's list of folders and what the site could do in each, as shown under its heading. */
export function scopeText(prompt: TestPage): Promise<string> {
  return prompt.find({ role: 'region', name: 'With your Tote account, it could:' }).evaluate((region) => region.innerText);
}

/** Answers the open consent window for `origin` as a person would: Deny at once, Allow once it is armed. */
export async function answerConsent(session: ExtensionSession, origin: string, answer: 'Allow' | 'Deny'): Promise<void> {
  const prompt = await session.waitForPage(isConsentWindow);
  await prompt.find({ text: origin }).box();
  if (answer === 'Allow') await allowArmed(prompt);
  // The window closes itself once the answer is in, sometimes before the driver's click returns.
  await prompt
    .find({ role: 'button', name: answer })
    .click()
    .catch((error: unknown) => {
      if (!/closed|detached|target/i.test(String(error))) throw error;
    });
}
