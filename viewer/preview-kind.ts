/**
 * How the viewer shows a file, decided from its name first and its stored type second. Active
 * types (HTML, SVG, XML, scripts) are always shown as source text: nothing from a file ever runs
 * on the extension's origin. Images, PDF, audio and video load from a presigned link, which the
 * background pins to a passive type (background/s3/link-headers.ts).
 */
export type PreviewKind = 'image' | 'pdf' | 'audio' | 'video' | 'text' | 'none';

/** File name extensions (or whole names such as `makefile`) by how they are shown. */
const BY_EXTENSION: Array<[PreviewKind, RegExp]> = [
  ['image', /^(png|jpe?g|gif|webp|avif|bmp|ico)$/],
  ['pdf', /^pdf$/],
  ['audio', /^(mp3|m4a|aac|oga|ogg|wav|flac|opus)$/],
  ['video', /^(mp4|m4v|webm|ogv|mov)$/],
  [
    'text',
    /^(txt|text|md|markdown|json|jsonl|ndjson|csv|tsv|log|ya?ml|toml|ini|cfg|conf|env|xml|html?|xhtml|svg|[mc]?js|tsx?|jsx|css|scss|less|py|rb|go|rs|java|kt|c|h|cc|cpp|hpp|cs|php|pl|sh|bash|zsh|ps1|bat|sql|graphql|proto|tex|rst|adoc|diff|patch|gitignore|dockerfile|makefile)$/,
  ],
];

/** Types shown as source text because a browser would run them. */
const ACTIVE = /\.(html?|xhtml?|svgz?|xml|xsl|xslt|js|mjs|cjs)$/i;

export function previewKind(name: string, contentType = ''): PreviewKind {
  const dot = name.lastIndexOf('.');
  const extension = dot >= 0 ? name.slice(dot + 1).toLowerCase() : name.toLowerCase();
  const byName = BY_EXTENSION.find(([, extensions]) => extensions.test(extension))?.[0];
  if (byName) return byName;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type.startsWith('text/') || type === 'application/json') return 'text';
  if (/^image\/(png|jpeg|gif|webp|avif|bmp)$/.test(type)) return 'image';
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  return 'none';
}

/** Whether a text preview is the source of something a browser would run. */
export function isActive(name: string): boolean {
  return ACTIVE.test(name);
}
