/**
 * What a presigned GET link makes S3 answer with. A link opens on the bucket's origin, so an
 * object that a browser would run there (HTML, SVG, XML, JavaScript…) must never render: its link
 * forces a download. Only types known to be passive (images, plain text, PDF, audio, video) open
 * in the tab, and then with that type pinned in the signed link, so an object replaced later by
 * one of another type is still served as the type that was checked.
 *
 * Both the stored type and the key's extension count: whoever uploaded the object chose its type
 * (a page with `put` rights may lie), and an extension like `.html` makes the file active again
 * once it is downloaded and opened.
 */

/** Types browsers show without running anything from the file. */
const PASSIVE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'image/x-icon',
  'image/vnd.microsoft.icon',
  'text/plain',
  'text/csv',
  'text/markdown',
  'application/json',
  'application/pdf',
  'audio/mpeg',
  'audio/ogg',
  'audio/wav',
  'audio/webm',
  'audio/aac',
  'audio/flac',
  'video/mp4',
  'video/webm',
  'video/ogg',
]);

/** Extensions a browser or the desktop treats as active content whatever the server's type. */
const ACTIVE_EXTENSION = /\.(html?|xhtml?|shtml|svgz?|xml|xsl|xslt|js|mjs|cjs|mht|mhtml|swf|hta|wasm)$/i;

/** The link's response overrides (GetObject's `Response*` fields). */
export type LinkHeaders = { ResponseContentDisposition: string } | { ResponseContentType: string };

/**
 * `storedType`: the object's Content-Type from a HEAD, or undefined when it could not be read
 * (missing object, refused HEAD): then the link downloads.
 */
export function linkHeaders(key: string, storedType: string | undefined, download: boolean): LinkHeaders {
  const type = storedType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (download || !PASSIVE_TYPES.has(type) || ACTIVE_EXTENSION.test(key)) return { ResponseContentDisposition: attachment(key) };
  // A text file's charset is kept (without it, browsers guess the encoding); nothing else is.
  const charset = /;\s*charset="?([A-Za-z0-9._-]{1,40})"?\s*$/i.exec(storedType ?? '')?.[1];
  return { ResponseContentType: charset ? `${type}; charset=${charset}` : type };
}

/** RFC 6266 `attachment` with an ASCII fallback name and the exact name in RFC 5987 UTF-8 form. */
export function attachment(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1) || 'download';
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  // encodeURIComponent leaves ' ( ) * as they are; RFC 5987's attr-char does not allow them.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
