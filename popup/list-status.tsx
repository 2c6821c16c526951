/** Below the rows: loading, empty, no match, error (with what to do next) and "load more". */
import type { Listing } from './use-listing.ts';
import { plural } from './format.ts';

export interface ListStatusProps {
  listing: Listing;
  total: number;
  shown: number;
  filter: string;
  canWrite: boolean;
  /** Whether the scope's top folder is shown. */
  atRoot: boolean;
  onRetry: () => void;
  onLoadMore: () => void;
  onClearFilter: () => void;
}

export function ListStatus({ listing, total, shown, filter, canWrite, atRoot, onRetry, onLoadMore, onClearFilter }: ListStatusProps) {
  if (listing.error) {
    return (
      <div class="list-status" role="alert" data-testid="list-error">
        <p class="notice error">{listing.error.message}</p>
        <button type="button" class="small" onClick={onRetry}>Try again</button>
      </div>
    );
  }
  if (listing.phase === 'loading' && listing.pages.length === 0) return <p class="list-status notice" role="status">Loading files…</p>;
  const more = listing.nextToken !== undefined;
  if (total === 0 && !more) {
    return (
      <p class="list-status notice" data-testid="list-empty">
        {canWrite ? (atRoot ? 'Your folder is empty.' : 'This folder is empty.') : 'Nothing has been shared publicly yet.'}
        {canWrite && ' Drop files here, or use Upload files.'}
      </p>
    );
  }
  return (
    <div class="list-status" data-testid="list-footer">
      {filter && shown === 0 ? (
        <p class="notice">
          No loaded names match “{filter}”.{' '}
          <button type="button" class="link" onClick={onClearFilter}>Clear the filter</button>
        </p>
      ) : (
        <p class="count" role="status">{filter ? `${shown} of ${plural(total, 'item')}` : plural(total, 'item')}{more ? ' loaded' : ''}</p>
      )}
      {more && (
        <button type="button" class="small" onClick={onLoadMore} disabled={listing.phase === 'more'} data-testid="load-more">
          {listing.phase === 'more' ? 'Loading more…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
