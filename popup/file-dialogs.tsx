/** The one dialog open at a time, and what each does when confirmed. */
import type { Client } from '../src/messaging/client.ts';
import { t, tCount } from '../src/i18n/t.ts';
import { CopyDialog } from './copy-dialog.tsx';
import { DeleteDialog } from './delete-dialog.tsx';
import type { Entry } from './entries.ts';
import { NameDialog } from './name-dialog.tsx';
import { checkName } from './names.ts';
import { guardOverwrites, type Ask } from './overwrite-guard.ts';
import { ShareDialog } from './share-dialog.tsx';
import type { UndoDelete } from './undo-bar.tsx';

export type OpenDialog =
  | { kind: 'share'; entry: Entry }
  | { kind: 'rename'; entry: Entry }
  | { kind: 'delete'; entries: Entry[] }
  | { kind: 'new-folder' }
  | { kind: 'copy'; entries: Entry[]; move: boolean };

export interface FileDialogsProps {
  client: Client;
  dialog: OpenDialog | undefined;
  /** The folder shown, as a key template (`private/${identityId}/photos/`). */
  folderPrefix: string;
  onClose: () => void;
  /** After a change: a sentence for screen readers; the list reloads. */
  onDone: (message: string, undo?: UndoDelete) => void;
  /** The overwrite guard's question, for a rename or move onto a name that is taken. */
  ask: Ask;
  /** The top of the user's files as the background resolved it, and the folder shown below it (for copy and move). */
  root: string;
  folder: string;
}

export function FileDialogs({ client, dialog, folderPrefix, ask, root, folder, onClose, onDone }: FileDialogsProps) {
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'copy':
      return <CopyDialog client={client} entries={dialog.entries} move={dialog.move} root={root} folder={folder} ask={ask} onClose={onClose} onDone={onDone} />;
    case 'share':
      return <ShareDialog client={client} entry={dialog.entry} onClose={onClose} />;
    case 'delete':
      return (
        <DeleteDialog
          client={client}
          entries={dialog.entries}
          onClose={onClose}
          onDeleted={(count, undo) => onDone(t('popupDeleted', tCount('countObjects', count)), undo)}
        />
      );
    case 'new-folder':
      return (
        <NameDialog
          title={t('popupNewFolder')}
          label={t('popupFolderNameLabel')}
          initial=""
          submitLabel={t('popupCreateButton')}
          check={(name) => checkName(name, false)}
          submit={async (name) => {
            const reply = await client.call('s3.createFolder', { folder: `${folderPrefix}${name}/` });
            if (!reply.ok) return reply.error.message;
            onDone(t('popupCreatedFolder', name));
            return undefined;
          }}
          onClose={onClose}
        />
      );
    case 'rename': {
      const { entry } = dialog;
      const isFolder = entry.kind === 'folder';
      // The entry's parent folder, as the background resolved it.
      const parent = entry.key.slice(0, entry.key.length - entry.name.length - (isFolder ? 1 : 0));
      return (
        <NameDialog
          title={t('popupRenameTitle', entry.name)}
          label={t('popupNewNameLabel')}
          initial={entry.name}
          submitLabel={t('popupRenameButton')}
          hint={t('popupRenameHint')}
          check={(name) => checkName(name, true) ?? (name === entry.name ? t('popupNameUnchanged') : undefined)}
          submit={async (name) => {
            const [to] = await guardOverwrites(client, [`${parent}${name}${isFolder ? '/' : ''}`], ask).catch((error: Error) => [error]);
            if (to instanceof Error) return to.message;
            if (to === undefined) return undefined;
            const reply = await client.call('s3.move', { from: entry.key, to });
            if (!reply.ok) return reply.error.message;
            onDone(t('popupRenamed', entry.name, to.slice(parent.length).replace(/\/$/, '')));
            return undefined;
          }}
          onClose={onClose}
        />
      );
    }
  }
}
