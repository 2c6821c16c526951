/** What kind of file a name is, by its extension, to pick its icon in the list. */
export type FileKind = 'image' | 'video' | 'audio' | 'pdf' | 'archive' | 'table' | 'code' | 'text' | 'file';

const BY_EXTENSION: Record<Exclude<FileKind, 'file'>, string[]> = {
  image: ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'bmp', 'ico', 'tif', 'tiff', 'heic'],
  video: ['mp4', 'm4v', 'mov', 'webm', 'mkv', 'avi', 'mpeg', 'mpg'],
  audio: ['mp3', 'm4a', 'aac', 'wav', 'flac', 'ogg', 'oga', 'opus'],
  pdf: ['pdf'],
  archive: ['zip', 'tar', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar'],
  table: ['csv', 'tsv', 'xls', 'xlsx', 'ods', 'numbers'],
  code: ['js', 'mjs', 'ts', 'tsx', 'jsx', 'json', 'html', 'htm', 'css', 'xml', 'yaml', 'yml', 'py', 'rb', 'go', 'rs', 'java', 'c', 'h', 'cpp', 'sh', 'sql'],
  text: ['txt', 'md', 'rtf', 'log', 'doc', 'docx', 'odt', 'pages'],
};

const KIND_OF = new Map(Object.entries(BY_EXTENSION).flatMap(([kind, extensions]) => extensions.map((extension) => [extension, kind as FileKind])));

export function fileKind(name: string): FileKind {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? (KIND_OF.get(name.slice(dot + 1).toLowerCase()) ?? 'file') : 'file';
}
