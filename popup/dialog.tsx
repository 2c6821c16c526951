/**
 * A modal built on the native `<dialog>`: the browser traps focus, Escape closes it, and focus
 * returns to where it was. Every popup dialog (share, rename, delete, new folder) uses it.
 */
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';

export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ComponentChildren }) {
  const ref = useRef<HTMLDialogElement>(null);
  // Open in the same task as the render: focus lands (on an `autoFocus` field, or the first
  // button) before anyone can type.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // A name field opens with its text selected, so typing replaces it (Firefox leaves the caret
    // at the end when the dialog focuses it).
    dialog?.querySelector<HTMLInputElement>('input[autofocus]')?.select();
    return () => dialog?.close();
  }, []);
  const titleId = useId();
  return (
    <dialog ref={ref} class="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** The error of the action tried in a dialog, where it happened; the dialog stays open to retry. */
export function ActionError({ message }: { message: string | undefined }) {
  return message ? (
    <p class="notice error" role="alert">
      {message}
    </p>
  ) : null;
}
