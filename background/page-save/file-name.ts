/**
 * File names for things saved from a page: readable (the image's own name, the page's title),
 * safe as one S3 key segment (no "/" or control characters), short, and with an extension that
 * matches the content. Pure, so the rules are tested without a browser.
 */

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
  'application/pdf': 'pdf',
  'application/json': 'json',
  'application/zip': 'zip',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/markdown': 'md',
  'text/csv': 'csv',
};

/** Longest name kept, in characters (before a uniqueness suffix). */
const MAX_NAME = 100;

/** Makes `raw` one safe key segment: no slashes, control characters or leading dots; trimmed and short. */
export function cleanName(raw: string): string {
  const cleaned = raw
    .split(/[/\\]+/)
    .filter((segment) => !/^\s*\.*\s*$/.test(segment))
    .join(' ')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/[<>:"|?*]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (cleaned.length <= MAX_NAME) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_NAME - extension.length).trimEnd() + extension;
}

/** The last path segment of `url`, decoded; '' when there is none. */
export function nameFromUrl(url: string): string {
  if (!/^https?:/i.test(url)) return '';
  try {
    const segments = new URL(url).pathname.split('/');
    const last = segments[segments.length - 1] ?? '';
    try {
      return decodeURIComponent(last);
    } catch {
      return last;
    }
  } catch {
    return '';
  }
}

function extensionOf(name: string): string | undefined {
  const match = /\.([A-Za-z0-9]{1,5})$/.exec(name);
  return match?.[1]?.toLowerCase();
}

/** A name for fetched bytes: the URL's own file name, given the extension its content type implies when it has none. */
export function nameForDownload(url: string, contentType: string, fallback: 'image' | 'download'): string {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const base = cleanName(nameFromUrl(url)) || fallback;
  const wanted = EXTENSIONS[type];
  if (wanted === undefined || extensionOf(base) !== undefined) return base;
  return `${base}.${wanted}`;
}

/** A name for something made from the page itself (a selection, the whole page): its title, or its host. */
export function nameFromPage(title: string, pageUrl: string, suffix: string, extension: string): string {
  let host = '';
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    host = '';
  }
  const base = cleanName(title) || cleanName(host) || 'page';
  return cleanName(`${base}${suffix}`.slice(0, MAX_NAME - extension.length - 1)) + `.${extension}`;
}

/** `photo.png` → `photo-2.png` (n = 2): the suffix goes before the extension. */
export function withCounter(name: string, n: number | string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}

/** The part of a name before its extension: every numbered variant of the name starts with it. */
export function stemOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** How many numbered names are tried before falling back to a random suffix. */
const MAX_TRIES = 1000;

/**
 * The first key under `folder` not in `taken`: `name`, then `name-2`, `name-3`…, then a random
 * suffix. Never overwrites an existing object silently.
 */
export function uniqueKey(folder: string, name: string, taken: ReadonlySet<string>, random: () => string = () => crypto.randomUUID().slice(0, 8)): string {
  for (let n = 1; n <= MAX_TRIES; n++) {
    const key = folder + (n === 1 ? name : withCounter(name, n));
    if (!taken.has(key)) return key;
  }
  return folder + withCounter(name, random());
}
