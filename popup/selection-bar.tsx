/** What can be done with the selected rows: open in the viewer, download (one by one or as one .zip), share, rename, copy, move, delete. */
import { formatNumber, t } from '../src/i18n/t.ts';
import type { Entry } from './entries.ts';

export interface SelectionActions {
  open: (entry: Entry) => void;
  download: () => void;
  /** Files and folders (with all they hold) as one archive, made by the zip page. */
  downloadZip: () => void;
  share: (entry: Entry) => void;
  rename: (entry: Entry) => void;
  /** Copy (false) or move (true) the selection into another folder. */
  copy: (move: boolean) => void;
  remove: () => void;
  clear: () => void;
}

export function SelectionBar({ selected, canWrite, actions }: { selected: Entry[]; canWrite: boolean; actions: SelectionActions }) {
  if (selected.length === 0) return null;
  const only = selected.length === 1 ? selected[0] : undefined;
  const files = selected.filter((entry) => entry.kind === 'file').length;
  return (
    <div class="selection-bar" role="toolbar" aria-label={t('popupSelectedItems')}>
      {/* Clear and the count lead, as one: should the actions not fit, they wrap together, never the ✕ alone. */}
      <button type="button" class="small" onClick={actions.clear} aria-label={t('popupClearSelection')} title={t('popupClearSelection')}>
        ✕
      </button>
      <span class="count">{t('popupSelectedCount', formatNumber(selected.length))}</span>
      <span class="selection-actions">
        <button type="button" class="small" disabled={only?.kind !== 'file'} onClick={() => only && actions.open(only)}>
          {t('openButton')}
        </button>
        <button type="button" class="small" disabled={files === 0} onClick={actions.download} title={files === 0 ? t('popupDownloadFolderHint') : undefined}>
          {t('downloadButton')}
        </button>
        {/* Short on screen, so the actions still wrap onto one more row at 400 px; the name says it all. */}
        <button type="button" class="small" onClick={actions.downloadZip} aria-label={t('popupDownloadZip')} title={t('popupDownloadZip')}>
          {t('popupZipButton')}
        </button>
        <button type="button" class="small" disabled={only?.kind !== 'file'} onClick={() => only && actions.share(only)}>
          {t('shareButton')}
        </button>
        {canWrite && (
          <button type="button" class="small" disabled={!only} onClick={() => only && actions.rename(only)}>
            {t('popupRenameButton')}
          </button>
        )}
        {canWrite && (
          <button type="button" class="small" onClick={() => actions.copy(false)}>
            {t('popupCopyButton')}
          </button>
        )}
        {canWrite && (
          <button type="button" class="small" onClick={() => actions.copy(true)}>
            {t('popupMoveButton')}
          </button>
        )}
        {canWrite && (
          <button type="button" class="small danger" onClick={actions.remove}>
            {t('popupDeleteButton')}
          </button>
        )}
      </span>
    </div>
  );
}
