/**
 * The files of one location (src/settings/locations.ts): your own folder, `public/`, or a place the
 * settings name; writable only for a signed-in user where the location is. Wires the
 * listing, the controls, the windowed rows, uploads and the dialogs; keeps folder, filter, sort
 * and selection through errors.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import { t, tCount } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import { Breadcrumbs } from './breadcrumbs.tsx';
import { DropZone } from './drop-zone.tsx';
import type { DroppedFile } from './dropped-files.ts';
import { filterEntries, sortEntries, toEntries, type Entry, type Sort } from './entries.ts';
import { useConflictQuestion } from './conflict-dialog.tsx';
import { FileDialogs, type OpenDialog } from './file-dialogs.tsx';
import { FileRows } from './file-rows.tsx';
import { downloadKeys } from './download.ts';
import { KeyboardHelp } from './keyboard-help.tsx';
import { ListControls } from './list-controls.tsx';
import { ListPlaceholder } from './list-placeholder.tsx';
import { ListStatus } from './list-status.tsx';
import { openPage } from '../src/ui/open-page.ts';
import { VIEWER_PAGE, viewerHash } from '../src/ui/viewer-url.ts';
import { archiveName, ZIP_PAGE, zipHash } from '../src/ui/zip-url.ts';
import { guardOverwrites } from './overwrite-guard.ts';
import { SelectionBar } from './selection-bar.tsx';
import { Thumbnail } from './thumbnail.tsx';
import { TransferList } from './transfer-list.tsx';
import { UndoBar, type UndoDelete } from './undo-bar.tsx';
import { UploadButton } from './upload-button.tsx';
import { startFolder } from './start-folder.ts';
import { startUploads } from './uploads.ts';
import { useListing } from './use-listing.ts';
import { OWN_FOLDER } from '../src/settings/locations.ts';
import type { Location } from '../src/settings/schema.ts';
import { usePaste } from './use-paste.ts';

export function FileBrowser({ client, place, signedIn }: { client: Client; place: Location; signedIn: boolean }) {
  const root = place.prefix;
  const canWrite = signedIn && place.writable;
  const [folder, setFolder] = useState(() => startFolder(location.hash, root));
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>({ field: 'name', descending: false });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<OpenDialog | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [notice, setNotice] = useState('');
  const [undo, setUndo] = useState<UndoDelete | undefined>();
  const { listing, loadMore, reload } = useListing(client, root + folder);

  const all = useMemo(() => toEntries(listing.pages), [listing.pages]);
  const shown = useMemo(() => sortEntries(filterEntries(all, filter), sort), [all, filter, sort]);
  const selectedEntries = all.filter((entry) => selected.has(entry.key));
  /** The listed prefix as the background resolved it (`${identityId}` filled in). */
  const prefix = listing.pages[0]?.prefix ?? '';
  const rootLabel = place.label;

  const open = (next: string) => {
    setFolder(next);
    setFilter('');
    setSelected(new Set());
    setProblem(undefined);
  };
  const toggle = (key: string) =>
    setSelected((before) => {
      const next = new Set(before);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const report = (problems: string[]) => setProblem(problems.length > 0 ? problems.join(' ') : undefined);
  const download = (keys: string[]) => void downloadKeys(client, keys).then(report);
  const { question, ask } = useConflictQuestion(client);
  const upload = (files: DroppedFile[]) => {
    setProblem(undefined);
    const base = root + folder;
    void guardOverwrites(
      client,
      files.map((file) => base + file.path),
      ask,
    )
      .then((where) =>
        startUploads(
          client,
          base,
          files.flatMap((file, index) => (where[index] === undefined ? [] : [{ ...file, path: (where[index] as string).slice(base.length) }])),
        ),
      )
      .then(report, (error: Error) => report([error.message]));
  };
  usePaste(upload, canWrite);
  const activate = (entry: Entry) => (entry.kind === 'folder' ? open(folder + entry.key.slice(prefix.length)) : download([entry.key]));
  // The row that holds the keyboard (roving tabindex) is the one to return to.
  const focusRows = () => document.querySelector<HTMLElement>('ul.files li[tabindex="0"]')?.focus();
  const onFinished = useCallback(() => reload(), [reload]);
  const done = (message: string, undoable?: UndoDelete) => {
    setNotice(message);
    setUndo(undoable);
    setSelected(new Set());
    reload();
  };

  const body = (
    <>
      <div class="path-row">
        <Breadcrumbs rootLabel={rootLabel} folder={folder} onOpen={open} />
        <KeyboardHelp />
      </div>
      <div class="toolbar">
        <ListControls filter={filter} onFilter={setFilter} sort={sort} onSort={setSort} onLeave={focusRows} onRefresh={reload} />
        <button type="button" class="small" onClick={() => openPage('search/index.html', `#in=${encodeURIComponent(root + folder)}`)}>
          {t('popupSearchAllButton')}
        </button>
        {canWrite && (
          <div class="write-actions">
            <UploadButton onFiles={(files) => upload(files.map((file) => ({ path: file.name, file })))} />
            <button type="button" class="small" onClick={() => setDialog({ kind: 'new-folder' })}>
              {t('popupNewFolder')}
            </button>
          </div>
        )}
      </div>
      {signedIn && !place.writable && (
        <p class="hint read-only" role="note">
          {t('popupReadOnly', rootLabel)}
        </p>
      )}
      <SelectionBar
        selected={selectedEntries}
        canWrite={canWrite}
        actions={{
          open: (entry) => openPage(VIEWER_PAGE, viewerHash(entry.key)),
          download: () => download(selectedEntries.filter((entry) => entry.kind === 'file').map((entry) => entry.key)),
          downloadZip: () => {
            const items = selectedEntries.map((entry) => entry.key);
            openPage(ZIP_PAGE, zipHash({ base: prefix, items, name: archiveName(items, prefix, folder === '' ? rootLabel : undefined) }));
          },
          share: (entry) => setDialog({ kind: 'share', entry }),
          rename: (entry) => setDialog({ kind: 'rename', entry }),
          copy: (move) => setDialog({ kind: 'copy', entries: selectedEntries, move }),
          remove: () => setDialog({ kind: 'delete', entries: selectedEntries }),
          clear: () => setSelected(new Set()),
        }}
      />
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {notice}
      </p>
      {undo && (
        <UndoBar
          client={client}
          undo={undo}
          onGone={() => setUndo(undefined)}
          onUndone={() => {
            setUndo(undefined);
            setNotice(tCount('popupRestored', undo.count));
            reload();
          }}
        />
      )}
      <FileRows
        entries={shown}
        label={place.prefix === OWN_FOLDER.prefix ? t('popupYourFiles') : rootLabel}
        prefix={prefix}
        ready={listing.phase !== 'loading' || listing.pages.length > 0}
        cached={listing.cached === true}
        selected={selected}
        onToggle={toggle}
        onActivate={activate}
        onDelete={(entry) => canWrite && setDialog({ kind: 'delete', entries: selected.size > 0 ? selectedEntries : [entry] })}
        onNearEnd={loadMore}
        placeholder={
          <ListPlaceholder
            listing={listing}
            total={all.length}
            filter={filter}
            canWrite={canWrite}
            atRoot={folder === ''}
            onClearFilter={() => setFilter('')}
          />
        }
        before={(entry) => <Thumbnail client={client} entry={entry} />}
      />
      <ListStatus
        listing={listing}
        total={all.length}
        shown={shown.length}
        filter={filter}
        onRetry={listing.pages.length > 0 ? loadMore : reload}
        onLoadMore={loadMore}
      />
      {canWrite && <TransferList client={client} onFinished={onFinished} />}
      <FileDialogs
        client={client}
        dialog={dialog}
        folderPrefix={root + folder}
        ask={ask}
        root={prefix.slice(0, prefix.length - folder.length)}
        folder={folder}
        onClose={() => setDialog(undefined)}
        onDone={done}
      />
      {question}
    </>
  );
  return canWrite ? (
    <DropZone overlay={folder ? t('popupDropIntoFolder', folder) : t('popupDropIntoOwn')} onDrop={upload} onError={setProblem}>
      {body}
    </DropZone>
  ) : (
    <div class="browser">{body}</div>
  );
}
