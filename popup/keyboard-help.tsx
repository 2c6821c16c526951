/**
 * Every key the popup answers, in a dialog `?` opens (or the "?" button beside the folder path): nothing is
 * reachable by mouse alone. `/` jumps to the filter, as in most file browsers.
 */
import { useEffect, useState } from 'preact/hooks';
import { Dialog } from './dialog.tsx';

const SHORTCUTS: Array<{ keys: string[]; where?: string; what: string }> = [
  { keys: ['?'], what: 'Show these shortcuts' },
  { keys: ['/'], what: 'Filter by name' },
  { keys: ['↓'], where: 'in the filter', what: 'Go to the list' },
  { keys: ['↑', '↓'], what: 'Move in the list' },
  { keys: ['Home', 'End'], what: 'First or last in the list' },
  { keys: ['PgUp', 'PgDn'], what: 'A page up or down' },
  { keys: ['Enter'], what: 'Open a folder, or download a file' },
  { keys: ['Space'], what: 'Select or unselect' },
  { keys: ['Delete'], what: 'Delete, in your own files' },
  { keys: ['Esc'], what: 'Close a dialog' },
  { keys: ['←', '→'], where: 'in the viewer', what: 'Previous or next file' },
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
      <button type="button" class="icon help" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setOpen(true)}>
        ?
      </button>
      {open && (
        <Dialog title="Keyboard shortcuts" onClose={() => setOpen(false)} testid="keyboard-help">
          <dl class="shortcuts">
            {SHORTCUTS.map(({ keys, where, what }) => (
              <div key={keys.join(' ')}>
                <dt>
                  {keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                  {where ? ` ${where}` : ''}
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <div class="actions">
            <button type="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
