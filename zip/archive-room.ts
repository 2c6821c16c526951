/**
 * Whether an archive fits in the space Firefox lets Tote keep on disk (its storage quota, about
 * 10 GiB for an extension), checked before the first byte is written so that a person hears at
 * once, not after gigabytes, that the choice is too large. A write past the quota still fails
 * with the same sentence.
 */
import { formatSize } from '../popup/format.ts';
import { t } from '../src/i18n/t.ts';
import type { ZipObject } from './collect-objects.ts';

/** The end records (ZIP64 end of central directory, its locator, the classic end record), rounded up. */
const END_BYTES = 128;
/** Per entry: local header, data descriptor and central record with their ZIP64 fields, rounded up. */
const ENTRY_BYTES = 256;
/** A name is written twice, up to 3 UTF-8 bytes per character, and may gain a " (n)" to stay unique. */
const nameBytes = (key: string) => 2 * 3 * (key.length + 16);

/** An upper bound of the archive's size: the files stored as they are, plus their headers. */
export function archiveBound(objects: readonly ZipObject[]): number {
  return objects.reduce((sum, object) => sum + object.size + ENTRY_BYTES + nameBytes(object.key), END_BYTES);
}

export function tooLargeSentence(needed: number, free: number): string {
  return t('zipTooLargeForDisk', formatSize(needed), formatSize(Math.max(0, free)));
}

/** The sentence refusing the archive, or undefined when it fits (or the browser does not say). */
export function roomProblem(objects: readonly ZipObject[], estimate: StorageEstimate): string | undefined {
  if (estimate.quota === undefined) return undefined;
  const free = estimate.quota - (estimate.usage ?? 0);
  const needed = archiveBound(objects);
  return needed > free ? tooLargeSentence(needed, free) : undefined;
}
