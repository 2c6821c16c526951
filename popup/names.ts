/**
 * Names typed for a new folder or a rename: the sentence for a name that cannot become a key
 * segment, or undefined. Moves may give a path (`archive/2024/report.pdf`).
 */
export function checkName(name: string, allowSlash: boolean): string | undefined {
  if (name === '' || name === '.' || name === '..') return 'Type a name.';
  if (!allowSlash && name.includes('/')) return 'A name cannot contain "/".';
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'Use "/" only between folder names, as in archive/report.pdf.';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'A name cannot contain control characters.';
  return undefined;
}
