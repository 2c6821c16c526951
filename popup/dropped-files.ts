/**
 * What was dropped onto the popup, as files with their paths: a dropped folder is walked through
 * `webkitGetAsEntry()` so its files keep their relative paths (`photos/2024/a.jpg`). Written
 * against the few members of the File and Directory Entries API it uses, so tests can walk a tree
 * built in memory.
 */
export interface DroppedFile {
  /** Relative path, folders separated by "/". */
  path: string;
  file: File;
}

interface EntryBase {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
}
export interface FileEntryLike extends EntryBase {
  file(success: (file: File) => void, failure?: (error: unknown) => void): void;
}
export interface DirectoryEntryLike extends EntryBase {
  createReader(): { readEntries(success: (entries: EntryLike[]) => void, failure?: (error: unknown) => void): void };
}
export type EntryLike = FileEntryLike | DirectoryEntryLike;

/** Walks entries depth first; a folder with nothing in it yields nothing. */
export async function walkEntries(entries: readonly EntryLike[], parent = ''): Promise<DroppedFile[]> {
  const found: DroppedFile[] = [];
  for (const entry of entries) {
    const path = parent + entry.name;
    if (entry.isFile) {
      found.push({ path, file: await fileOf(entry as FileEntryLike) });
    } else if (entry.isDirectory) {
      found.push(...(await walkEntries(await readAll(entry as DirectoryEntryLike), `${path}/`)));
    }
  }
  return found;
}

function fileOf(entry: FileEntryLike): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** `readEntries` answers in batches (Chrome: 100 at a time) until an empty one. */
async function readAll(directory: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = directory.createReader();
  const all: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/**
 * The dropped files of a DataTransfer. Entries are taken synchronously (the list is emptied once
 * the drop handler returns); items without an entry fall back to their File.
 */
export function droppedFiles(transfer: DataTransfer): Promise<DroppedFile[]> {
  const entries: EntryLike[] = [];
  const loose: DroppedFile[] = [];
  for (const item of [...transfer.items]) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry() as EntryLike | null;
    if (entry) {
      entries.push(entry);
      continue;
    }
    const file = item.getAsFile();
    if (file) loose.push({ path: file.name, file });
  }
  if (entries.length === 0 && loose.length === 0) {
    for (const file of [...transfer.files]) loose.push({ path: file.name, file });
  }
  return walkEntries(entries).then((walked) => [...walked, ...loose]);
}
