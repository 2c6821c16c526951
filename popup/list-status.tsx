/**
 * Below the rows: how many there are, "load more", and a failed listing with Try again. What the
 * list says while it has no rows is list-placeholder.tsx, inside the list's box.
 */
import type { Listing } from './use-listing.ts';
import { tCount } from '../src/i18n/t.ts';

export interface ListStatusProps {
  listing: Listing;
  total: number;
  shown: number;
  filter: string;
  onRetry: () => void;
  onLoadMore: () => void;
}

export function ListStatus({ listing, total, shown, filter, onRetry, onLoadMore }: ListStatusProps) {
  if (listing.error) {
    return (
      <div class="list-status" role="alert" data-testid="list-error">
        <p class="notice error">{listing.error.message}</p>
        <button type="button" class="small" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  const more = listing.nextToken !== undefined;
  if (listing.pages.length === 0 || (total === 0 && !more)) return null;
  return (
    <div class="list-status" data-testid="list-footer">
      <p class="count" role="status">
        {filter ? `${shown} of ${tCount('countItems', total)}` : tCount('countItems', total)}
        {more ? ' loaded' : ''}
      </p>
      {more && (
        <button type="button" class="small" onClick={onLoadMore} disabled={listing.phase === 'more'} data-testid="load-more">
          {listing.phase === 'more' ? 'Loading more…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
