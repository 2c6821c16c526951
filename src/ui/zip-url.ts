/**
 * Where the zip page builds an archive: `zip/index.html#<request>`, the request URL-encoded JSON
 * of the folder the items were chosen in, the chosen keys (files, and folders ending in "/") and
 * the archive's file name. The page checks what it decodes: a hash is anything a link can carry.
 */
import { t } from '../i18n/t.ts';

export const ZIP_PAGE = 'zip/index.html';

export interface ZipRequest {
  /** The folder the items were chosen in: their paths in the archive start below it. */
  base: string;
  items: string[];
  /** The file to save, ending in ".zip". */
  name: string;
}

/** Characters some file system refuses in a name. */
const UNSAFE_IN_NAMES = /[\\/:*?"<>|\x00-\x1f]/;

/**
 * The archive's name: the one folder zipped, else the folder the items were chosen in (`top`
 * names the top of the user's files, whose key means nothing to a person), else "Tote files" (in the UI language).
 */
export function archiveName(items: readonly string[], base: string, top?: string): string {
  const only = items.length === 1 && items[0]?.endsWith('/') ? items[0] : undefined;
  const folder = (only ?? base).replace(/\/$/, '');
  const name = only === undefined && top !== undefined ? top : folder.slice(folder.lastIndexOf('/') + 1);
  const safe = name.replace(new RegExp(UNSAFE_IN_NAMES, 'g'), '_').slice(0, 200);
  return `${safe === '' || /^\.+$/.test(safe) ? t('popupArchiveName') : safe}.zip`;
}

export function zipHash(request: ZipRequest): string {
  return `#${encodeURIComponent(JSON.stringify(request))}`;
}

export function zipRequestFromHash(hash: string): ZipRequest | undefined {
  try {
    const value: unknown = JSON.parse(decodeURIComponent(hash.slice(1)));
    if (typeof value !== 'object' || value === null) return undefined;
    const { base, items, name } = value as Record<string, unknown>;
    if (typeof base !== 'string' || !Array.isArray(items) || items.length === 0) return undefined;
    if (!items.every((item): item is string => typeof item === 'string' && item.startsWith(base) && item.length > base.length)) return undefined;
    if (typeof name !== 'string' || !name.endsWith('.zip') || name.length > 210 || UNSAFE_IN_NAMES.test(name) || name.startsWith('.')) return undefined;
    return { base, items, name };
  } catch {
    return undefined;
  }
}
