/**
 * Files pasted into the file browser (Ctrl+V): files copied in the desktop's file manager keep
 * their names; a copied picture, which browsers hand over as a nameless `image.png`, is named
 * by the time it was pasted (`Pasted image 2026-12-01 13.05.22.png`), so pastes do not collide.
 */
import { t } from '../src/i18n/t.ts';
import { fileTimeStamp } from '../src/time-stamp.ts';
import type { DroppedFile } from './dropped-files.ts';

/** The name browsers give a bitmap from the clipboard. */
const CLIPBOARD_IMAGE = /^image\.(png|jpe?g|gif|webp|bmp|tiff?)$/i;

export function pastedImageName(at: Date, extension: string): string {
  return `${t('popupPastedImageName', fileTimeStamp(at))}.${extension}`;
}

export function pastedFiles(data: Pick<DataTransfer, 'files'> | null, at: Date): DroppedFile[] {
  return [...(data?.files ?? [])].map((file) => {
    const clipboardImage = file.type.startsWith('image/') && (file.name === '' || CLIPBOARD_IMAGE.test(file.name));
    if (!clipboardImage) return { path: file.name, file };
    const extension = file.name.split('.').at(-1)?.toLowerCase() || file.type.slice('image/'.length);
    return { path: pastedImageName(at, extension), file };
  });
}
