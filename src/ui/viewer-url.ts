/** Where the viewer page shows a file: `viewer/index.html#<key>` (the key URL-encoded). */
export const VIEWER_PAGE = 'viewer/index.html';

export function viewerHash(key: string): string {
  return `#${encodeURIComponent(key)}`;
}

/** The key a viewer URL's hash names, or undefined for a hash that names none. */
export function keyFromHash(hash: string): string | undefined {
  if (!hash.startsWith('#') || hash.length < 2) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
}
