/**
 * Where each object goes inside the archive: its key relative to the folder the user was in, so a
 * zipped folder keeps its tree. A key is S3's, not a path: it may hold `..`, `.`, empty segments
 * or backslashes that an unzip tool would follow out of the folder it extracts into ("zip slip"),
 * so those segments are made harmless, and two keys that come out the same get numbered names.
 */
import { numberedName } from '../popup/numbered-name.ts';

/** A segment an unzip tool would treat as a step (up, here, root) or a separator becomes plain text. */
function safeSegment(segment: string): string {
  const plain = segment.replaceAll('\\', '_');
  return plain === '..' ? '__' : plain;
}

/** The archive path for `key` under `base`; folder markers (keys ending in "/") stay folders. */
export function entryPath(key: string, base: string): string {
  const relative = key.startsWith(base) ? key.slice(base.length) : key;
  const folder = relative.endsWith('/');
  const segments = relative
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map(safeSegment);
  if (segments.length === 0) return '';
  return segments.join('/') + (folder ? '/' : '');
}

/** Archive paths for `keys` in order, each unique ('' for a key that names the base folder itself). */
export function entryPaths(keys: readonly string[], base: string): string[] {
  const taken = new Set<string>();
  return keys.map((key) => {
    const path = entryPath(key, base);
    if (path === '') return '';
    let unique = path;
    for (let n = 1; taken.has(unique.toLowerCase()); n++) unique = numberedName(path, n);
    taken.add(unique.toLowerCase());
    return unique;
  });
}
