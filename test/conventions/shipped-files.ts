/** The folders whose code ships in the extension, and their source files (tests left out). */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');

export const SHIPPED_FOLDERS = ['background', 'src', 'popup', 'panel', 'options', 'content', 'consent', 'offscreen', 'viewer', 'search', 'zip'];

/** Paths relative to the repository root, e.g. `popup/file-rows.tsx`. */
export function shippedFiles(extensions = /\.tsx?$/): string[] {
  return SHIPPED_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => extensions.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => join(folder, file)),
  );
}
