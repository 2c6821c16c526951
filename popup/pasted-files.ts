/**
 * Files pasted into the file browser (Ctrl+V): files copied in the desktop's file manager keep
 * their names; a copied picture, which browsers hand over as a nameless `image.png`, is named
 * by the time it was pasted (`Pasted image 2026-12-01 13.05.22.png`), so pastes do not collide.
 */
import type { DroppedFile } from './dropped-files.ts';

/** The name browsers give a bitmap from the clipboard. */
const CLIPBOARD_IMAGE = /^image\.(png|jpe?g|gif|webp|bmp|tiff?)$/i;

const two = (n: number) => String(n).padStart(2, '0');

/** Local time, with dots in the time: a colon is refused in file names on some systems. */
export function pastedImageName(at: Date, extension: string): string {
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  return `Pasted image ${day} ${two(at.getHours())}.${two(at.getMinutes())}.${two(at.getSeconds())}.${extension}`;
}

export function pastedFiles(data: Pick<DataTransfer, 'files'> | null, at: Date): DroppedFile[] {
  return [...(data?.files ?? [])].map((file) => {
    const clipboardImage = file.type.startsWith('image/') && (file.name === '' || CLIPBOARD_IMAGE.test(file.name));
    if (!clipboardImage) return { path: file.name, file };
    const extension = file.name.split('.').at(-1)?.toLowerCase() || file.type.slice('image/'.length);
    return { path: pastedImageName(at, extension), file };
  });
}
