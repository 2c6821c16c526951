/**
 * What the file list's own box says while it has no rows: loading, an empty folder (and how to
 * fill it), or nothing matching the filter. It sits where the rows would be, so it reads as
 * describing them.
 */
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
        Loading files…
      </p>
    );
  if (total === 0 && listing.nextToken === undefined) {
    return (
      <p class="placeholder" data-testid="list-empty">
        {canWrite ? (atRoot ? 'Your folder is empty.' : 'This folder is empty.') : 'Nothing has been shared publicly yet.'}
        {canWrite && ' Drop files here, or use Upload files.'}
      </p>
    );
  }
  if (filter === '') return null;
  return (
    <p class="placeholder">
      No loaded names match “{filter}”.{' '}
      <button type="button" class="link" onClick={onClearFilter}>
        Clear the filter
      </button>
    </p>
  );
}
