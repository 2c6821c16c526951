/**
 * The file list, windowed: only the rows in view (plus a margin) are in the DOM, spacers stand in
 * for the rest, so a folder of 10,000 objects scrolls like one of 30. One row is the keyboard's
 * (roving tabindex): arrows, Home/End and Page keys move, Enter opens a folder or downloads a
 * file, Space selects, Delete asks to delete.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../src/i18n/t.ts';
import type { Entry } from './entries.ts';
import { FileIcon, FolderIcon } from './file-icon.tsx';
import { formatModified, formatSize } from './format.ts';
import { nearEnd, rowWindow, scrollToRow } from './windowing.ts';

/** Must match `.files li` height in popup.css. */
export const ROW_HEIGHT = 36;

export interface FileRowsProps {
  entries: Entry[];
  label: string;
  /** The resolved prefix listed, for tests and benchmarks to see which scope is shown. */
  prefix: string;
  ready: boolean;
  /** The rows are the kept copy of the last listing, shown while the fresh one loads. */
  cached: boolean;
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onActivate: (entry: Entry) => void;
  onDelete: (entry: Entry) => void;
  onNearEnd: () => void;
  /** Shown inside the list's box while it has no rows (loading, empty, no match). */
  placeholder: ComponentChildren;
  /** Drawn after a file's icon, before its name (an image's thumbnail). */
  before?: (entry: Entry) => ComponentChildren;
}

export function FileRows({ entries, label, prefix, ready, cached, selected, onToggle, onActivate, onDelete, onNearEnd, placeholder, before }: FileRowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 360 });
  const [active, setActive] = useState(0);
  const focusAfterRender = useRef(false);
  const current = Math.max(0, Math.min(active, entries.length - 1));

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (ready && nearEnd(entries.length, view.top, view.height, ROW_HEIGHT)) onNearEnd();
  }, [ready, entries.length, view, onNearEnd]);

  // Layout effect: the row takes the focus in the same task as the key press, before the next key.
  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    scroller.current?.querySelector<HTMLElement>(`li[data-index="${current}"]`)?.focus();
  });

  const moveTo = (index: number) => {
    const element = scroller.current;
    if (!element || entries.length === 0) return;
    const next = Math.max(0, Math.min(index, entries.length - 1));
    element.scrollTop = scrollToRow(next, element.scrollTop, element.clientHeight, ROW_HEIGHT);
    setView({ top: element.scrollTop, height: element.clientHeight });
    setActive(next);
    focusAfterRender.current = true;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const entry = entries[current];
    if ((event.target as HTMLElement).tagName !== 'LI' || !entry) return;
    const page = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: entries.length - 1,
      PageDown: current + page,
      PageUp: current - page,
    };
    const target = moves[event.key];
    if (target !== undefined) moveTo(target);
    else if (event.key === 'Enter') onActivate(entry);
    else if (event.key === ' ') onToggle(entry.key);
    else if (event.key === 'Delete') onDelete(entry);
    else return;
    event.preventDefault();
  };

  const window = rowWindow(entries.length, view.top, view.height, ROW_HEIGHT);
  return (
    <div class="scroller" ref={scroller} onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })}>
      <ul
        class="files"
        aria-label={label}
        data-state={ready ? 'ready' : 'loading'}
        data-cached={cached ? '' : undefined}
        data-prefix={prefix}
        data-count={entries.length}
        aria-describedby="file-keys"
        style={{ paddingTop: `${window.before}px`, paddingBottom: `${window.after}px` }}
        onKeyDown={onKeyDown}
      >
        {entries.slice(window.start, window.end).map((entry, offset) => {
          const index = window.start + offset;
          const isSelected = selected.has(entry.key);
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the list handles keys for all rows at once (arrows, Space, Enter, Delete on its listbox), a row's click is the pointer's way to the same
            <li
              key={entry.key}
              class={`${entry.kind}${isSelected ? ' selected' : ''}`}
              data-key={entry.key}
              data-index={index}
              tabIndex={index === current ? 0 : -1}
              aria-setsize={entries.length}
              aria-posinset={index + 1}
              onFocus={() => setActive(index)}
              onClick={() => entry.kind === 'file' && onToggle(entry.key)}
            >
              <input
                type="checkbox"
                tabIndex={-1}
                checked={isSelected}
                aria-label={t('popupSelectItem', entry.name)}
                onClick={(event) => event.stopPropagation()}
                onChange={() => onToggle(entry.key)}
              />
              {entry.kind === 'folder' ? (
                <button
                  type="button"
                  class="name link"
                  tabIndex={-1}
                  onClick={(event) => {
                    event.stopPropagation();
                    onActivate(entry);
                  }}
                >
                  <FolderIcon />
                  {entry.name}
                  <span class="visually-hidden"> {t('popupFolderMarker')}</span>
                </button>
              ) : (
                <span class="name" title={entry.name}>
                  <FileIcon name={entry.name} />
                  {before?.(entry)}
                  {entry.name}
                </span>
              )}
              <span class="size">{entry.size === undefined ? '' : formatSize(entry.size)}</span>
              <span class="modified">{entry.lastModified ? formatModified(entry.lastModified) : ''}</span>
            </li>
          );
        })}
      </ul>
      {entries.length === 0 && placeholder}
      <p id="file-keys" class="visually-hidden">
        {t('popupListKeys')}
      </p>
    </div>
  );
}
