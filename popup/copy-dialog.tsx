/**
 * Copy or move the selected files and folders into another folder (a path from the top of your
 * files; empty for the top). Names already taken there go through the overwrite guard; progress
 * counts objects, and an error says how far it got (running it again carries on safely).
 */
import { useState } from 'preact/hooks';
import { formatNumber, t, tCount } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import { copyItems, type Progress } from './copy-items.ts';
import { ActionError, Dialog } from './dialog.tsx';
import type { Entry } from './entries.ts';
import { checkName } from './names.ts';
import { guardOverwrites, type Ask } from './overwrite-guard.ts';

export interface CopyDialogProps {
  client: Client;
  entries: Entry[];
  move: boolean;
  /** The top of the user's files, resolved (`private/us-east-1:…/`), and the folder shown below it. */
  root: string;
  folder: string;
  ask: Ask;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function CopyDialog({ client, entries, move, root, folder, ask, onClose, onDone }: CopyDialogProps) {
  const [path, setPath] = useState(folder.replace(/\/$/, ''));
  const [error, setError] = useState<string | undefined>();
  const [progress, setProgress] = useState<Progress | undefined>();

  const submit = async (event: Event) => {
    event.preventDefault();
    const clean = path.trim().replace(/^\/+|\/+$/g, '');
    const problem = clean === '' ? undefined : checkName(clean, true);
    const into = root + (clean ? `${clean}/` : '');
    const inside = entries.find((entry) => entry.kind === 'folder' && into.startsWith(entry.key));
    setError(problem ?? (inside ? t('popupIntoItself', inside.name) : undefined));
    if (problem || inside) return;
    try {
      setProgress({ done: 0, total: 0 });
      const targets = await guardOverwrites(
        client,
        entries.map((entry) => into + entry.name + (entry.kind === 'folder' ? '/' : '')),
        ask,
      );
      const jobs = entries.flatMap((entry, index) =>
        targets[index] === undefined || targets[index] === entry.key ? [] : [{ entry, to: targets[index] as string }],
      );
      const count = await copyItems(client, jobs, move, setProgress);
      onDone(t(move ? 'popupMoved' : 'popupCopied', tCount('countObjects', count)));
      onClose();
    } catch (failure) {
      setError((failure as Error).message);
      setProgress(undefined);
    }
  };

  return (
    <Dialog
      title={t(move ? 'popupMoveTitle' : 'popupCopyTitle', entries.length === 1 ? (entries[0]?.name ?? '') : tCount('countItems', entries.length))}
      onClose={onClose}
    >
      <form onSubmit={(event) => void submit(event)}>
        <label class="field">
          {t('popupIntoFolder')}
          <input
            type="text"
            autoFocus
            value={path}
            placeholder={t('popupIntoFolderPlaceholder')}
            onInput={(event) => setPath((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {progress && (
          <p role="status">
            {progress.total === 0
              ? t('popupLooking')
              : t(move ? 'popupMovingProgress' : 'popupCopyingProgress', formatNumber(progress.done), tCount('countObjects', progress.total))}
          </p>
        )}
        <ActionError message={error} />
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t('cancelButton')}
          </button>
          <button type="submit" class="primary" disabled={progress !== undefined}>
            {t(move ? 'popupMoveButton' : 'popupCopyButton')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
