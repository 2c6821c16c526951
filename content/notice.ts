/**
 * The in-page notice for "Save to Tote", injected into the tab by the background on demand
 * (`scripting.executeScript`). It lives in a closed shadow root: the page can neither read it nor
 * style it (the host's own styles are inline and `!important`). It receives only what it shows
 * (see src/page/notice-state.ts) and can ask the background for one thing: open Tote.
 */
import { onBackgroundMessage, sendToBackground } from '../src/page/extension-runtime.ts';
import { isNoticeState, type NoticeState } from '../src/page/notice-state.ts';
import { t } from '../src/i18n/t.ts';

const STYLE = `
.box{font:14px/1.4 system-ui,sans-serif;color:#111;background:#fff;border:1px solid #888;border-radius:8px;box-shadow:0 4px 16px #0004;padding:12px 14px;max-width:360px;word-break:break-all}
.title{font-weight:600;margin:0 0 4px}.key{font-family:ui-monospace,monospace;font-size:12px;margin:0 0 8px}
.failed .title{color:#a00}.row{display:flex;gap:8px;flex-wrap:wrap}
button{font:inherit;padding:4px 10px;border-radius:6px;border:1px solid #555;background:#f4f4f4;color:#111;cursor:pointer}
@media (prefers-color-scheme:dark){.box{background:#222;color:#eee}button{background:#333;color:#eee}.failed .title{color:#f88}}`;

/** Marks this isolated world as having the notice, so a second injection does not add a second listener. */
const LOADED = Symbol.for('tote.notice');
const scope = globalThis as unknown as Record<symbol, boolean>;

function createNotice(): (state: NoticeState) => void {
  const host = document.createElement('tote-notice');
  for (const [property, value] of Object.entries({
    all: 'initial',
    position: 'fixed',
    top: '16px',
    right: '16px',
    'z-index': '2147483647',
    display: 'block',
  })) {
    host.style.setProperty(property, value, 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  root.append(style, box);
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  return (state) => {
    if (!host.isConnected) document.documentElement.append(host);
    clearTimeout(hideTimer);
    box.className = `box ${state.phase}`;
    box.replaceChildren(paragraph('title', state.title));
    if (state.key) box.append(paragraph('key', state.key));
    if (state.message) box.append(paragraph('message', state.message));
    const row = document.createElement('div');
    row.className = 'row';
    if (state.link)
      row.append(
        button(t('noticeCopyLink'), t('noticeCopyLinkFailed'), async (self) => {
          await navigator.clipboard.writeText(state.link as string);
          self.textContent = t('noticeLinkCopied');
        }),
      );
    if (state.phase === 'done') row.append(button(t('noticeOpenInTote'), t('noticeOpenInToteFailed'), () => sendToBackground('page.openInTote', {})));
    if (state.phase !== 'progress') row.append(button(t('closeButton'), t('noticeCloseFailed'), () => host.remove()));
    box.append(row);
    if (state.phase !== 'progress') hideTimer = setTimeout(() => host.remove(), 30_000);
  };
}

function paragraph(className: string, text: string): HTMLElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

/** `failedLabel` replaces the label when the click's action fails. */
function button(label: string, failedLabel: string, onClick: (self: HTMLButtonElement) => unknown): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', () => {
    Promise.resolve(onClick(element)).catch(() => {
      element.textContent = failedLabel;
    });
  });
  return element;
}

if (!scope[LOADED]) {
  scope[LOADED] = true;
  const show = createNotice();
  let current = '';
  onBackgroundMessage((message) => {
    if (!isNoticeState(message)) return false;
    // A newer save takes over the notice; updates of an older one are ignored.
    if (message.phase === 'progress' || message.id === current) {
      current = message.id;
      show(message);
    }
    return true;
  });
}
