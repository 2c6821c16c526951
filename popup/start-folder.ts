/**
 * The folder the popup opens at. "Open in Tote" (after saving from a page) opens the popup page at
 * `#folder=<prefix>`; a prefix inside the scope being shown opens there, anything else at the top.
 */
export function startFolder(hash: string, scope: string): string {
  const match = /^#folder=(.*)$/.exec(hash);
  if (match === null) return '';
  let folder: string;
  try {
    folder = decodeURIComponent(match[1]!);
  } catch {
    return '';
  }
  if (!folder.startsWith(scope) || !folder.endsWith('/') || folder.length === scope.length) return '';
  return folder.slice(scope.length);
}
