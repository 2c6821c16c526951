/**
 * Where Firefox's zip page writes an archive as it is made: a folder of the extension's Origin
 * Private File System, on disk in the profile. Each archive is held by a Web Lock named after its
 * file for as long as a zip page needs it; the lock goes when that page closes or is killed, so a
 * file nobody holds is a leftover any zip page may remove, while another tab's archive is left alone.
 */

const FOLDER = 'zip-archives';

function lockName(file: string): string {
  return `tote-zip-file-${file}`;
}

/** The folder, or undefined where Firefox keeps no such files (private windows: SecurityError). */
export async function openScratchFolder(): Promise<FileSystemDirectoryHandle | undefined> {
  try {
    const root = await navigator.storage.getDirectory();
    return await root.getDirectoryHandle(FOLDER, { create: true });
  } catch {
    return undefined;
  }
}

/** Takes the file's lock; resolves, once it is granted, with the function that lets it go. */
export function holdFile(file: string): Promise<() => void> {
  return new Promise((granted) => {
    void navigator.locks.request(lockName(file), () => new Promise<void>((release) => granted(release)));
  });
}

/** Removes the files no zip page holds: archives of a page that was killed, or that Firefox still had open. */
export async function removeLeftovers(folder: FileSystemDirectoryHandle): Promise<void> {
  const files: string[] = [];
  for await (const file of folder.keys()) files.push(file);
  for (const file of files) {
    await navigator.locks.request(lockName(file), { ifAvailable: true }, (lock) => (lock ? folder.removeEntry(file).catch(() => undefined) : undefined));
  }
}
