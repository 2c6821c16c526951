/**
 * The "Keep both" name: `report (1).pdf`, `photos (2)/`, `Makefile (1)`, `.env (1)`; a name that
 * already ends in ` (n)` counts on from there rather than growing `(1) (1)`.
 */
export function numberedName(key: string, n: number): string {
  const folder = key.endsWith('/');
  const path = folder ? key.slice(0, -1) : key;
  const slash = path.lastIndexOf('/') + 1;
  const name = path.slice(slash);
  const dot = folder ? -1 : name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const bare = stem.replace(/ \(\d+\)$/, '');
  return `${path.slice(0, slash)}${bare} (${n})${extension}${folder ? '/' : ''}`;
}
