/**
 * Confirms a delete, saying what will go: for a folder, how many objects it holds (counted first
 * through `s3.list` without a delimiter), and whether it can be undone: only where the bucket keeps
 * versions (s3.versioning); until that is known, and wherever it is not, it cannot.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, tCount } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import { countObjects } from './count-objects.ts';
import { ActionError, Dialog } from './dialog.tsx';
import type { Entry } from './entries.ts';
import type { UndoDelete } from './undo-bar.tsx';
import { useVersioning } from './use-versioning.ts';

export function DeleteDialog({
  client,
  entries,
  onClose,
  onDeleted,
}: {
  client: Client;
  entries: Entry[];
  onClose: () => void;
  /** `undo` when the bucket keeps versions, so the delete can be taken back. */
  onDeleted: (count: number, undo?: UndoDelete) => void;
}) {
  const folders = entries.filter((entry) => entry.kind === 'folder');
  const files = entries.filter((entry) => entry.kind === 'file');
  const [inFolders, setInFolders] = useState<number | undefined>(folders.length === 0 ? 0 : undefined);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const versioned = useVersioning(client);

  useEffect(() => {
    if (folders.length === 0) return;
    void Promise.all(folders.map((folder) => countObjects(client, folder.key))).then((counts) => {
      const failed = counts.find((count) => !count.ok);
      if (failed && !failed.ok) setError(t('popupDeleteCountFailed', failed.error.message));
      else setInFolders(counts.reduce((sum, count) => sum + (count.ok ? count.value : 0), 0));
    });
  }, []);

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    const since = Date.now();
    let deleted = 0;
    const replies = [
      ...(files.length > 0 ? [await client.call('s3.delete', { keys: files.map((file) => file.key) })] : []),
      ...(await Promise.all(folders.map((folder) => client.call('s3.delete', { folder: folder.key })))),
    ];
    for (const reply of replies) {
      if (!reply.ok) setError(reply.error.message);
      else if (reply.value.refusedCount > 0) setError(tCount('popupDeleteRefused', reply.value.refusedCount, reply.value.refused[0] ?? ''));
      if (reply.ok) deleted += reply.value.deleted;
    }
    setBusy(false);
    const requests = [...(files.length > 0 ? [{ keys: files.map((file) => file.key) }] : []), ...folders.map((folder) => ({ folder: folder.key }))];
    onDeleted(deleted, versioned === true && deleted > 0 ? { count: deleted, since, requests } : undefined);
    if (replies.every((reply) => reply.ok && reply.value.refusedCount === 0)) onClose();
  };

  const title = entries.length === 1 ? t('popupDeleteOneTitle', entries[0]?.name ?? '') : t('popupDeleteManyTitle', tCount('countItems', entries.length));
  return (
    <Dialog title={title} onClose={onClose}>
      <p>
        {folders.length > 0
          ? inFolders === undefined
            ? t('popupDeleteCounting')
            : t('popupDeleteFilesAndFolders', tCount('countFiles', files.length), tCount('countFolders', folders.length), tCount('countObjects', inFolders))
          : t('popupDeleteFiles', tCount('countFiles', files.length))}{' '}
        {versioned === undefined ? '' : t(versioned ? 'popupDeleteUndoable' : 'popupDeleteFinal')}
      </p>
      <ActionError message={error} />
      <div class="actions">
        <button type="button" onClick={onClose}>
          {t('cancelButton')}
        </button>
        <button type="button" class="danger" disabled={busy || inFolders === undefined} onClick={() => void confirm()}>
          {busy ? t('popupDeleting') : t('popupDeleteButton')}
        </button>
      </div>
    </Dialog>
  );
}
