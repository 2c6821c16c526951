/**
 * The page bridge's consent window (opened by background/bridge/prompt-windows.ts): "Allow
 * <origin> to use your Tote?", with exactly what the site could do. An extension page, so neither
 * the site nor its content script can click or read it. The question (id, origin, scope) comes
 * from the window's own URL, set by the background, which stores the answer with that scope.
 * Deny has the focus; Allow is armed only after the window has held the focus for a second.
 */
import { messageParts } from '../src/i18n/message-parts.ts';
import { type MessageKey, t } from '../src/i18n/t.ts';
import { createClient } from '../src/messaging/client.ts';
import { parseConsentWindowQuery } from '../src/page/consent-scope.ts';
import { armAfterFocus, type ArmState } from './arm-allow.ts';
import { describeScope } from './describe-scope.ts';
import { fillPageText } from './page-text.ts';

const client = createClient();
const element = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const allow = element<HTMLButtonElement>('allow');
const deny = element<HTMLButtonElement>('deny');
const question = parseConsentWindowQuery(location.search);

fillPageText();

/**
 * The question lives in the background, which the browser stops when it hears nothing for a while
 * (Firefox suspends an idle event page however long a request has waited; Chrome ends an idle
 * worker): then the answer would find no question and the site no reply. While this window is
 * open it keeps the background awake; far more often than Firefox's 30 s default needs, so it
 * also holds under the short idle timeout the end-to-end tests use.
 */
const KEEP_AWAKE_MS = 500;

const ARM_TEXT: Record<ArmState, MessageKey | undefined> = {
  waiting: 'consentArmWaiting',
  paused: 'consentArmPaused',
  armed: undefined,
};

function showQuestion(shown: NonNullable<typeof question>): void {
  element('origin').textContent = shown.origin;
  document.title = t('consentTitleFor', shown.origin);
  const list = element('scope');
  for (const { folder, abilities } of describeScope(shown.scope)) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = folder;
    const what = document.createElement('ul');
    for (const ability of abilities) what.append(Object.assign(document.createElement('li'), { textContent: ability }));
    item.append(...messageParts('consentInFolder', code), what);
    list.append(item);
  }
  if (shown.scope.some((grant) => grant.prefix.includes('${identityId}'))) {
    element('scope-note').textContent = t('consentNowhereElseOwn', t('consentOwnFolder'));
  }
}

async function answer(allowed: boolean): Promise<void> {
  if (question === undefined) return;
  const reply = await client.call('bridge.decide', { question: question.id, allow: allowed });
  if (!reply.ok) {
    element('error').textContent = reply.error.message;
    return;
  }
  if (!reply.value.answered) {
    element('error').textContent = t('consentExpired');
    allow.disabled = deny.disabled = true;
    return;
  }
  window.close();
}

if (question === undefined) {
  element('error').textContent = t('consentNoQuestion');
  deny.disabled = true;
} else {
  showQuestion(question);
  deny.focus();
  setInterval(() => void client.call('ping', {}), KEEP_AWAKE_MS);
  armAfterFocus(
    {
      hasFocus: () => document.hasFocus() && document.visibilityState === 'visible',
      onChange(listener) {
        window.addEventListener('focus', () => listener(true));
        window.addEventListener('blur', () => listener(false));
        document.addEventListener('visibilitychange', () => listener(document.visibilityState === 'visible' && document.hasFocus()));
      },
    },
    (state) => {
      allow.disabled = state !== 'armed';
      element('allow-hint').textContent = ARM_TEXT[state] ? t(ARM_TEXT[state]) : '';
    },
  );
}

// A held-down key repeats into this window when it pops up: only fresh presses count.
document.addEventListener('keydown', (event) => event.repeat && event.preventDefault(), true);
allow.addEventListener('click', () => void (allow.disabled || answer(true)));
deny.addEventListener('click', () => void answer(false));
