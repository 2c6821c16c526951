/**
 * What the file list's own box says while it has no rows: loading, an empty folder (and how to
 * fill it), or nothing matching the filter. It sits where the rows would be, so it reads as
 * describing them.
 */
import { t } from '../src/i18n/t.ts';
import type { Listing } from './use-listing.ts';

export interface ListPlaceholderProps {
  listing: Listing;
  total: number;
  filter: string;
  canWrite: boolean;
  /** Whether the scope's top folder is shown. */
  atRoot: boolean;
  onClearFilter: () => void;
}

export function ListPlaceholder({ listing, total, filter, canWrite, atRoot, onClearFilter }: ListPlaceholderProps) {
  // A failed listing says so below the list, with Try again.
  if (listing.error) return null;
  if (listing.phase === 'loading' && listing.pages.length === 0)
    return (
      <p class="placeholder" role="status">
        {t('popupLoadingFiles')}
      </p>
    );
  if (total === 0 && listing.nextToken === undefined) {
    return (
      <p class="placeholder">
        {t(canWrite ? (atRoot ? 'popupOwnFolderEmpty' : 'popupFolderEmpty') : 'popupNothingShared')}
        {canWrite && ` ${t('popupEmptyHint')}`}
      </p>
    );
  }
  if (filter === '') return null;
  return (
    <p class="placeholder">
      {t('popupNoMatch', filter)}{' '}
      <button type="button" class="link" onClick={onClearFilter}>
        {t('popupClearFilter')}
      </button>
    </p>
  );
}
