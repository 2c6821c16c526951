/**
 * The page bridge (docs/page-bridge.md): registered by the background only on origins listed in
 * settings. It takes `window.postMessage` requests from the page, checks their shape and size,
 * and forwards them to the background, which decides everything else from the sender the browser
 * reports (origin, scope, the user's consent). Each request says whether the page had a transient
 * user activation (a click or key press moments ago) when it posted it: without one the
 * background opens no consent window, so a page cannot pop questions on its own. The background answers `silent` for an origin that
 * is not listed (another port on a listed host): then nothing is posted back at all.
 */
import { BRIDGE_MARK, parseBridgeMessage, type BridgeReply } from '../src/page/bridge-message.ts';
import { sendToBackground } from '../src/page/extension-runtime.ts';
import { t } from '../src/i18n/t.ts';

/** Requests answered at a time; more are refused as busy, so a flood cannot pile up work. */
const MAX_IN_FLIGHT = 4;
let inFlight = 0;

function post(reply: Omit<BridgeReply, 'tote' | 'reply'>): void {
  window.postMessage({ tote: BRIDGE_MARK, reply: true, ...reply } satisfies BridgeReply, location.origin);
}

function isReply(value: unknown): value is { ok: boolean; value?: unknown; error?: { code: string; message: string } } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Whether the background lists this origin, asked once. Until it answers, and forever if not,
 * nothing is posted back: not even to a malformed message, so a page cannot learn Tote is here.
 */
const listed: Promise<boolean> = sendToBackground('bridge.listed', {}).then(
  (answer) => isReply(answer) && answer.ok && (answer.value as { listed?: unknown }).listed === true,
  () => false,
);

/**
 * Whether the page has a transient user activation now (Chromium 72+, Firefox 120+). Read when
 * the message arrives, before waiting for anything: activation expires within seconds. Where the
 * API is missing, there is no activation (fail closed: the user is then never asked).
 */
function userActivation(): boolean {
  return (navigator as { userActivation?: { isActive?: unknown } }).userActivation?.isActive === true;
}

window.addEventListener('message', (event) => {
  // Only the page's own window talks to the bridge: not frames, not other windows.
  if (event.source !== window || event.origin !== location.origin) return;
  const parsed = parseBridgeMessage(event.data);
  if (parsed.kind === 'ignore') return;
  const activated = userActivation();
  void listed.then((yes) => yes && handle(parsed, activated));
});

function handle(parsed: Exclude<ReturnType<typeof parseBridgeMessage>, { kind: 'ignore' }>, activated: boolean): void {
  const id = parsed.id;
  if (parsed.kind === 'invalid') {
    post({ id, ok: false, error: { code: 'bad_request', message: parsed.message } });
    return;
  }
  if (inFlight >= MAX_IN_FLIGHT) {
    post({
      id,
      ok: false,
      error: { code: 'busy', message: t('noticeBridgeBusy', MAX_IN_FLIGHT) },
    });
    return;
  }
  inFlight++;
  sendToBackground('bridge.request', { ...parsed.request, userActivation: activated })
    .then((answer) => {
      if (!isReply(answer)) return;
      if (answer.ok) {
        const value = answer.value as { silent?: boolean; result?: unknown };
        if (value.silent) return;
        post({ id, ok: true, value: value.result });
      } else if (answer.error) {
        post({ id, ok: false, error: { code: answer.error.code, message: answer.error.message } });
      }
    })
    .catch(() => undefined)
    .finally(() => {
      inFlight--;
    });
}
