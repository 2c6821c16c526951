/**
 * Below the rows: how many there are, "load more", and a failed listing with Try again. What the
 * list says while it has no rows is list-placeholder.tsx, inside the list's box.
 */
import type { Listing } from './use-listing.ts';
import { formatNumber, t, tCount } from '../src/i18n/t.ts';

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
      <div class="list-status" role="alert">
        <p class="notice error">{listing.cached ? t('popupListFailedShowingKept', listing.error.message) : listing.error.message}</p>
        <button type="button" class="small" onClick={onRetry}>
          {t('tryAgainButton')}
        </button>
      </div>
    );
  }
  if (listing.cached && listing.phase === 'loading') {
    return (
      <p class="list-status notice" role="status">
        {t('popupShowingKeptListing')}
      </p>
    );
  }
  const more = listing.nextToken !== undefined;
  if (listing.pages.length === 0 || (total === 0 && !more)) return null;
  const count = filter ? t('popupShownOf', formatNumber(shown), tCount('countItems', total)) : tCount('countItems', total);
  return (
    <div class="list-status">
      <p class="count" role="status">
        {more ? t('popupLoadedSoFar', count) : count}
      </p>
      {more && (
        <button type="button" class="small" onClick={onLoadMore} disabled={listing.phase === 'more'}>
          {t(listing.phase === 'more' ? 'popupLoadingMore' : 'popupLoadMore')}
        </button>
      )}
    </div>
  );
}
