/**
 * Asks for a name, then runs the action; its error shows in the dialog, which stays open with
 * what was typed. Rename/move and new folder both use it.
 */
import { useId, useState } from 'preact/hooks';
import { t } from '../src/i18n/t.ts';
import { ActionError, Dialog } from './dialog.tsx';

export interface NameDialogProps {
  title: string;
  label: string;
  initial: string;
  submitLabel: string;
  hint?: string;
  /** A sentence when the name cannot be used, else undefined. */
  check: (name: string) => string | undefined;
  /** Runs the action; resolves to an error sentence, or undefined when it worked. */
  submit: (name: string) => Promise<string | undefined>;
  onClose: () => void;
}

export function NameDialog({ title, label, initial, submitLabel, hint, check, submit, onClose }: NameDialogProps) {
  const hintId = useId();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const problem = check(name.trim());
    setError(problem);
    if (problem) return;
    setBusy(true);
    const failed = await submit(name.trim());
    setBusy(false);
    if (failed) setError(failed);
    else onClose();
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={(event) => void onSubmit(event)}>
        <label class="field">
          {label}
          <input
            type="text"
            // Focused when the dialog opens, with the whole name selected: typing replaces it.
            autoFocus
            onFocus={(event) => (event.currentTarget as HTMLInputElement).select()}
            value={name}
            aria-describedby={hint ? hintId : undefined}
            onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {hint && (
          <p class="hint" id={hintId}>
            {hint}
          </p>
        )}
        <ActionError message={error} />
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t('cancelButton')}
          </button>
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('popupWorking') : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
