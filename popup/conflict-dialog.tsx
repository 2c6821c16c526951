/**
 * The overwrite guard's question: a key already holds a file or folder; Replace, Keep both or
 * Skip, and "apply to all" when more conflicts are waiting. Escape skips: nothing is replaced
 * without a yes.
 */
import { useState } from 'preact/hooks';
import { formatNumber, t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import { Dialog } from './dialog.tsx';
import { useVersioning } from './use-versioning.ts';
import type { Answer, Ask, Choice } from './overwrite-guard.ts';

interface Pending {
  key: string;
  left: number;
  resolve: (answer: Answer) => void;
}

function ConflictDialog({ pending, versioned, onAnswer }: { pending: Pending; versioned: boolean; onAnswer: (answer: Answer) => void }) {
  const [all, setAll] = useState(false);
  const folder = pending.key.endsWith('/');
  const name = pending.key.slice(pending.key.lastIndexOf('/', pending.key.length - 2) + 1, folder ? -1 : undefined);
  const answer = (choice: Choice) => onAnswer({ choice, applyToAll: all });
  return (
    <Dialog title={t('popupConflictTitle', name)} onClose={() => answer('skip')}>
      <p>{t(folder ? 'popupConflictMerges' : versioned ? 'popupConflictKept' : 'popupConflictFinal')}</p>
      {pending.left > 1 && (
        <label class="field-inline">
          <input type="checkbox" checked={all} onChange={(event) => setAll((event.currentTarget as HTMLInputElement).checked)} />{' '}
          {t('popupConflictForAll', formatNumber(pending.left))}
        </label>
      )}
      <div class="actions">
        <button type="button" onClick={() => answer('skip')}>
          {t('popupSkipButton')}
        </button>
        <button type="button" onClick={() => answer('keep-both')}>
          {t('popupKeepBothButton')}
        </button>
        <button type="button" class="primary danger" onClick={() => answer('replace')}>
          {t('popupReplaceButton')}
        </button>
      </div>
    </Dialog>
  );
}

/** The question to render (or null) and the `ask` that shows it and waits for the answer. */
export function useConflictQuestion(client: Client) {
  const versioned = useVersioning(client) === true;
  const [pending, setPending] = useState<Pending | undefined>();
  const ask: Ask = (key, left) => new Promise((resolve) => setPending({ key, left, resolve }));
  const question = pending ? (
    <ConflictDialog
      key={pending.key}
      pending={pending}
      versioned={versioned}
      onAnswer={(answer) => {
        setPending(undefined);
        pending.resolve(answer);
      }}
    />
  ) : null;
  return { question, ask };
}
