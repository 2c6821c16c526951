/** What the zip page says while it works: files and bytes done out of the listed totals. */
import { formatSize } from '../popup/format.ts';
import { formatNumber, t, tCount } from '../src/i18n/t.ts';

export interface ZipProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

/** Whole percent of the bytes; an archive of empty files counts files instead. */
export function percentOf(progress: ZipProgress): number {
  const [done, total] = progress.bytesTotal > 0 ? [progress.bytesDone, progress.bytesTotal] : [progress.filesDone, progress.filesTotal];
  return total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
}

export function progressText(progress: ZipProgress): string {
  return t(
    'zipProgress',
    formatNumber(progress.filesDone),
    tCount('countFiles', progress.filesTotal),
    formatSize(progress.bytesDone),
    formatSize(progress.bytesTotal),
    percentOf(progress),
  );
}
