/**
 * The page bridge's consent window (opened by background/bridge/prompt-windows.ts): "Allow
 * <origin> to use Tote?". An extension page, so neither the site nor its content script can
 * click or read it. The origin comes from the window's own URL, set by the background.
 */
import { createClient } from '../src/messaging/client.ts';

const client = createClient();
const origin = new URLSearchParams(location.search).get('origin') ?? '';
const element = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement;

element('consent-origin').textContent = origin;

void client.call('settings.get', {}).then((reply) => {
  const scopes = reply.ok ? (reply.value.settings?.contentScopes ?? []).filter((scope) => scope.origin === origin) : [];
  element('consent-scope').textContent = scopes.length
    ? `It could ${scopes.map((scope) => `${scope.allow.join(', ')} in "${scope.prefix}"`).join('; ')} — with your Tote account, nowhere else.`
    : 'This site is not listed in Tote’s settings.';
});

async function answer(allow: boolean): Promise<void> {
  const reply = await client.call('bridge.decide', { origin, allow });
  if (!reply.ok) {
    element('consent-error').textContent = reply.error.message;
    return;
  }
  if (!reply.value.answered) element('consent-error').textContent = 'This question has expired. The site can ask again.';
  window.close();
}

element('consent-allow').addEventListener('click', () => void answer(true));
element('consent-deny').addEventListener('click', () => void answer(false));
