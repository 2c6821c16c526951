/**
 * Search the tree: every key under the folder the popup showed, not only the names loaded there.
 * Results come as the listing pages arrive, matches highlighted; a result opens in the viewer, or
 * its folder opens in Tote.
 */
import { useState } from 'preact/hooks';
import { formatNumber, t, tCount, type MessageKey } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import { IDENTITY_PLACEHOLDER, PRIVATE_PREFIX_TEMPLATE } from '../src/s3/key-template.ts';
import { openPage } from '../src/ui/open-page.ts';
import { VIEWER_PAGE, viewerHash } from '../src/ui/viewer-url.ts';
import { queryWords } from './match.ts';
import { MAX_SHOWN, type SearchState, useSearch } from './use-search.ts';

/** The prefix to search, from `#in=<prefix>` (a key template, as the popup shows it). */
export function searchedPrefix(hash: string): string {
  try {
    return decodeURIComponent(/^#in=(.*)$/.exec(hash)?.[1] ?? '');
  } catch {
    return '';
  }
}

/** The popup's address for a key's folder: in template form, as the popup's scope is. */
function folderHash(key: string, identityId: string | undefined): string {
  const own = identityId ? PRIVATE_PREFIX_TEMPLATE.replace(IDENTITY_PLACEHOLDER, identityId) : undefined;
  const folder = key.slice(0, key.lastIndexOf('/') + 1);
  const template = own && folder.startsWith(own) ? PRIVATE_PREFIX_TEMPLATE + folder.slice(own.length) : folder;
  return `#folder=${encodeURIComponent(template)}`;
}

/** The summary's first sentence, by phase. */
const PHASE: Partial<Record<SearchState['phase'], MessageKey>> = { searching: 'searchSearching', cancelled: 'searchCancelled', done: 'searchDone' };

function summaryOf(state: SearchState): string {
  const phase = PHASE[state.phase];
  return [
    phase ? t(phase) : '',
    tCount('searchFound', state.scanned, formatNumber(state.matches)),
    state.matches > MAX_SHOWN ? t('searchShowingFirst', formatNumber(MAX_SHOWN)) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function SearchApp({ client, identityId }: { client: Client; identityId: string | undefined }) {
  const prefix = searchedPrefix(location.hash);
  const [query, setQuery] = useState('');
  const { state, start, cancel } = useSearch(client, prefix);
  const where = prefix.replace(PRIVATE_PREFIX_TEMPLATE, `${t('popupMyFiles')}/`);
  const searching = state.phase === 'searching';

  return (
    <main class="search">
      <h1>{where ? t('searchIn', where) : t('searchWholeBucket')}</h1>
      <form
        class="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (queryWords(query).length > 0) void start(queryWords(query));
        }}
      >
        <input
          type="search"
          aria-label={t('searchField')}
          value={query}
          // biome-ignore lint/a11y/noAutofocus: the search page opens to type a search; the field is all it is for
          autoFocus
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="primary" disabled={searching}>
          {t('searchButton')}
        </button>
        <button type="button" disabled={!searching} onClick={cancel}>
          {t('cancelButton')}
        </button>
      </form>
      {state.phase !== 'idle' && <p role="status">{summaryOf(state)}</p>}
      {state.error && (
        <p class="notice error" role="alert">
          {state.error}
        </p>
      )}
      <ul class="hits" aria-label={t('searchResults')}>
        {state.hits.map((hit) => {
          const path = hit.parts.map((part) => part.text).join('');
          return (
            <li key={hit.key}>
              <span class="path">{hit.parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}</span>
              <button type="button" class="small" onClick={() => openPage(VIEWER_PAGE, viewerHash(hit.key))} aria-label={t('searchOpenPath', path)}>
                {t('openButton')}
              </button>
              <button
                type="button"
                class="small"
                onClick={() => openPage('popup/index.html', folderHash(hit.key, identityId))}
                aria-label={t('searchOpenFolderOf', path)}
              >
                {t('searchFolder')}
              </button>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
