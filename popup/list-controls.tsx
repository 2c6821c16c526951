/** The filter box and the sort order above the file list. */
import { type MessageKey, t } from '../src/i18n/t.ts';
import type { Sort, SortField } from './entries.ts';

const FIELDS: Array<[SortField, MessageKey]> = [
  ['name', 'popupSortName'],
  ['size', 'popupSortSize'],
  ['modified', 'popupSortModified'],
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
        placeholder={t('popupFilterPlaceholder')}
        aria-label={t('popupFilterLabel')}
        value={filter}
        onInput={(event) => onFilter((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          onLeave();
        }}
      />
      {filter && (
        <button type="button" class="icon" aria-label={t('popupClearFilter')} onClick={() => onFilter('')}>
          ✕
        </button>
      )}
      <select
        aria-label={t('popupSortBy')}
        value={sort.field}
        onChange={(event) => onSort({ ...sort, field: (event.currentTarget as HTMLSelectElement).value as SortField })}
      >
        {FIELDS.map(([field, label]) => (
          <option key={field} value={field}>
            {t(label)}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="icon"
        aria-label={t(sort.descending ? 'popupSortDescendingSwitch' : 'popupSortAscendingSwitch')}
        title={t(sort.descending ? 'popupSortDescending' : 'popupSortAscending')}
        onClick={() => onSort({ ...sort, descending: !sort.descending })}
      >
        {sort.descending ? '↓' : '↑'}
      </button>
      <button type="button" class="icon" aria-label={t('popupRefreshList')} title={t('popupRefreshList')} onClick={onRefresh}>
        ↻
      </button>
    </div>
  );
}
