/**
 * Search the tree: every key under the folder the popup showed, not only the names loaded there.
 * Results come as the listing pages arrive, matches highlighted; a result opens in the viewer, or
 * its folder opens in Tote.
 */
import { useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import { IDENTITY_PLACEHOLDER, PRIVATE_PREFIX_TEMPLATE } from '../src/s3/key-template.ts';
import { openPage } from '../src/ui/open-page.ts';
import { VIEWER_PAGE, viewerHash } from '../src/ui/viewer-url.ts';
import { queryWords } from './match.ts';
import { MAX_SHOWN, useSearch } from './use-search.ts';

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

export function SearchApp({ client, identityId }: { client: Client; identityId: string | undefined }) {
  const prefix = searchedPrefix(location.hash);
  const [query, setQuery] = useState('');
  const { state, start, cancel } = useSearch(client, prefix);
  const where = prefix.replace(PRIVATE_PREFIX_TEMPLATE, 'My files/') || 'the whole bucket';
  const searching = state.phase === 'searching';
  const summary = `${state.phase === 'searching' ? 'Searching…' : state.phase === 'cancelled' ? 'Cancelled.' : state.phase === 'done' ? 'Done.' : ''} ${state.matches.toLocaleString()} found in ${state.scanned.toLocaleString()} keys.${state.matches > MAX_SHOWN ? ` Showing the first ${MAX_SHOWN}.` : ''}`;

  return (
    <main class="search">
      <h1>Search {where}</h1>
      <form
        class="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (queryWords(query).length > 0) void start(queryWords(query));
        }}
      >
        <input
          type="search"
          aria-label="Search every file under this folder"
          value={query}
          // biome-ignore lint/a11y/noAutofocus: the search page opens to type a search; the field is all it is for
          autoFocus
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="primary" disabled={searching}>
          Search
        </button>
        <button type="button" disabled={!searching} onClick={cancel}>
          Cancel
        </button>
      </form>
      {state.phase !== 'idle' && (
        <p role="status" data-testid="search-summary">
          {summary}
        </p>
      )}
      {state.error && (
        <p class="notice error" role="alert">
          {state.error}
        </p>
      )}
      <ul class="hits" aria-label="Results">
        {state.hits.map((hit) => {
          const path = hit.parts.map((part) => part.text).join('');
          return (
            <li key={hit.key}>
              <span class="path">{hit.parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}</span>
              <button type="button" class="small" onClick={() => openPage(VIEWER_PAGE, viewerHash(hit.key))} aria-label={`Open ${path}`}>
                Open
              </button>
              <button
                type="button"
                class="small"
                onClick={() => openPage('popup/index.html', folderHash(hit.key, identityId))}
                aria-label={`Open the folder of ${path}`}
              >
                Folder
              </button>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
