/**
 * The folder the popup opens at. "Open in Tote" (after saving from a page) opens the popup page at
 * `#folder=<prefix>`; a prefix inside the location being shown opens there, anything else at the top.
 */

/** The folder a `#folder=` hash names, if it names one. */
export function hashFolder(hash: string): string | undefined {
  const match = /^#folder=(.*)$/.exec(hash);
  if (match === null) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

export function startFolder(hash: string, root: string): string {
  const folder = hashFolder(hash);
  if (folder === undefined || !folder.startsWith(root) || !folder.endsWith('/') || folder.length === root.length) return '';
  return folder.slice(root.length);
}
