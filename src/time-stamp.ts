/**
 * A moment in local time for a file name: `2026-12-01 13.05.22`. Dots in the time, since a colon
 * is refused in file names on some systems (and shows as a folder separator on others).
 */
const two = (n: number) => String(n).padStart(2, '0');

export function fileTimeStamp(at: Date): string {
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}.${two(at.getMinutes())}.${two(at.getSeconds())}`;
}
