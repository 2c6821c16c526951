/**
 * The rows of the file browser built from listing pages: folders first, then files, sorted and
 * filtered without touching the pages themselves (so sort and filter never lose loaded pages).
 */
import type { ListResult } from '../src/messaging/protocol.ts';

export interface Entry {
  kind: 'folder' | 'file';
  /** The full key (folders end in "/"). */
  key: string;
  /** The name inside the listed folder (folders without the trailing "/"). */
  name: string;
  size?: number;
  lastModified?: number;
}

export type SortField = 'name' | 'size' | 'modified';
export interface Sort {
  field: SortField;
  descending: boolean;
}

/** The entries of every loaded page; a folder marker object (the folder's own key) is not a row. */
export function toEntries(pages: ListResult[]): Entry[] {
  const entries: Entry[] = [];
  const seenFolders = new Set<string>();
  for (const page of pages) {
    for (const folder of page.folders) {
      if (seenFolders.has(folder)) continue;
      seenFolders.add(folder);
      entries.push({ kind: 'folder', key: folder, name: folder.slice(page.prefix.length, -1) });
    }
    for (const object of page.objects) {
      if (object.key === page.prefix) continue;
      entries.push({ kind: 'file', key: object.key, name: object.key.slice(page.prefix.length), size: object.size, lastModified: object.lastModified });
    }
  }
  return entries;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareBy(field: SortField): (a: Entry, b: Entry) => number {
  switch (field) {
    case 'size':
      return (a, b) => (a.size ?? 0) - (b.size ?? 0);
    case 'modified':
      return (a, b) => (a.lastModified ?? 0) - (b.lastModified ?? 0);
    default:
      return () => 0;
  }
}

/** Folders first whatever the direction; ties (and folders under size/date) fall back to the name. */
export function sortEntries(entries: readonly Entry[], sort: Sort): Entry[] {
  const primary = compareBy(sort.field);
  const direction = sort.descending ? -1 : 1;
  return [...entries].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === 'folder' ? -1 : 1;
    const order = primary(a, b) || collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    return order * direction;
  });
}

/** Entries whose name contains every word of `query`, ignoring case. */
export function filterEntries(entries: readonly Entry[], query: string): Entry[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const name = entry.name.toLocaleLowerCase();
    return words.every((word) => name.includes(word));
  });
}
