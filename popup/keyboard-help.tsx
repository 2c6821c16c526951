/**
 * Every key the popup answers, in a dialog `?` opens (or the "?" button beside the folder path): nothing is
 * reachable by mouse alone. `/` jumps to the filter, as in most file browsers.
 */
import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../src/i18n/t.ts';
import { Dialog } from './dialog.tsx';

/** Keys printed as a symbol, the same on every keyboard; the others print a word (`Home`, `Pos1` on German keyboards). */
type KeySymbol = '?' | '/' | '↑' | '↓' | '←' | '→';
const isSymbol = (key: KeySymbol | MessageKey): key is KeySymbol => key.length === 1;

const SHORTCUTS: Array<{ keys: Array<KeySymbol | MessageKey>; where?: MessageKey; what: MessageKey }> = [
  { keys: ['?'], what: 'popupShortcutShowHelp' },
  { keys: ['/'], what: 'popupShortcutFilter' },
  { keys: ['↓'], where: 'popupInFilter', what: 'popupShortcutToList' },
  { keys: ['↑', '↓'], what: 'popupShortcutMove' },
  { keys: ['popupKeyHome', 'popupKeyEnd'], what: 'popupShortcutFirstLast' },
  { keys: ['popupKeyPageUp', 'popupKeyPageDown'], what: 'popupShortcutPage' },
  { keys: ['popupKeyEnter'], what: 'popupShortcutActivate' },
  { keys: ['popupKeySpace'], what: 'popupShortcutSelect' },
  { keys: ['popupKeyDelete'], what: 'popupShortcutDelete' },
  { keys: ['popupKeyEscape'], what: 'popupShortcutClose' },
  { keys: ['←', '→'], where: 'popupInViewer', what: 'popupShortcutPreviousNext' },
];

/** Whether a key press belongs to what has the focus (typing in a field, a dialog). */
function typingOrInDialog(target: EventTarget | null): boolean {
  const element = target instanceof HTMLElement ? target : undefined;
  return element !== undefined && (element.closest('input, textarea, select, [contenteditable], dialog') !== null || element.isContentEditable);
}

export function KeyboardHelp() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typingOrInDialog(event.target)) return;
      if (event.key === '?') setOpen(true);
      else if (event.key === '/') document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" class="icon help" aria-label={t('popupKeyboardShortcuts')} title={t('popupKeyboardShortcutsTip')} onClick={() => setOpen(true)}>
        ?
      </button>
      {open && (
        <Dialog title={t('popupKeyboardShortcuts')} onClose={() => setOpen(false)}>
          <dl class="shortcuts">
            {SHORTCUTS.map(({ keys, where, what }) => (
              <div key={keys.join(' ')}>
                <dt>
                  {keys.map((key) => (
                    <kbd key={key}>{isSymbol(key) ? key : t(key)}</kbd>
                  ))}
                  {where ? ` ${t(where)}` : ''}
                </dt>
                <dd>{t(what)}</dd>
              </div>
            ))}
          </dl>
          <div class="actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('closeButton')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
