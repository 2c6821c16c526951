/** The filter box and the sort order above the file list. */
import type { Sort, SortField } from './entries.ts';

const FIELDS: Array<[SortField, string]> = [
  ['name', 'Name'],
  ['size', 'Size'],
  ['modified', 'Modified'],
];

export interface ListControlsProps {
  filter: string;
  onFilter: (value: string) => void;
  sort: Sort;
  onSort: (sort: Sort) => void;
  /** ArrowDown in the filter box: on to the rows it left. */
  onLeave: () => void;
  onRefresh: () => void;
}

export function ListControls({ filter, onFilter, sort, onSort, onLeave, onRefresh }: ListControlsProps) {
  return (
    <div class="controls">
      <input
        type="search"
        class="filter"
        placeholder="Filter…"
        aria-label="Filter files by name"
        data-testid="filter"
        value={filter}
        onInput={(event) => onFilter((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          onLeave();
        }}
      />
      {filter && (
        <button type="button" class="icon" aria-label="Clear the filter" data-testid="clear-filter" onClick={() => onFilter('')}>
          ✕
        </button>
      )}
      <select
        aria-label="Sort by"
        data-testid="sort-field"
        value={sort.field}
        onChange={(event) => onSort({ ...sort, field: (event.currentTarget as HTMLSelectElement).value as SortField })}
      >
        {FIELDS.map(([field, label]) => (
          <option key={field} value={field}>
            {label}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="icon"
        data-testid="sort-direction"
        aria-label={sort.descending ? 'Descending; switch to ascending' : 'Ascending; switch to descending'}
        title={sort.descending ? 'Descending' : 'Ascending'}
        onClick={() => onSort({ ...sort, descending: !sort.descending })}
      >
        {sort.descending ? '↓' : '↑'}
      </button>
      <button type="button" class="icon" data-testid="refresh" aria-label="Refresh the list" title="Refresh the list" onClick={onRefresh}>
        ↻
      </button>
    </div>
  );
}
