/**
 * The icons of the file list, drawn here as inline SVG so they ship with Tote and look the same
 * on every machine (an emoji shows as an empty box where no emoji font is installed). They are
 * decoration: the row's name and its "(folder)" say what it is.
 */
import type { JSX } from 'preact';
import { fileKind, type FileKind } from './file-kind.ts';

/** What each kind draws on the page shape, on a 16 × 16 grid. */
const GLYPHS: Record<FileKind, JSX.Element | null> = {
  image: (
    <>
      <circle cx="6.5" cy="7.5" r="1.1" fill="currentColor" stroke="none" />
      <path d="M4.8 12.5 7.3 9.6l1.5 1.5 1.6-2 1.3 3.4z" fill="currentColor" stroke="none" />
    </>
  ),
  video: <path d="M6.6 7.4v4.8l3.8-2.4z" fill="currentColor" stroke="none" />,
  audio: (
    <>
      <path d="M9.3 11.2V6.8l1.9.7" />
      <circle cx="8" cy="11.3" r="1.3" fill="currentColor" stroke="none" />
    </>
  ),
  pdf: (
    <>
      <path d="M5.2 7h5.6M5.2 9h5.6" />
      <rect x="4.6" y="10.6" width="6.8" height="2.4" rx=".5" fill="currentColor" stroke="none" />
    </>
  ),
  archive: (
    <>
      <path d="M8 2v1.2M8 4.2v1.2M8 6.4v1.2" />
      <rect x="6.8" y="8.6" width="2.4" height="3.2" rx=".6" />
    </>
  ),
  table: <path d="M4.8 7h6.4v5.5H4.8zM4.8 9.6h6.4M8 7v5.5" />,
  code: <path d="M6.8 7.6 5 9.7l1.8 2.1M9.2 7.6 11 9.7l-1.8 2.1" />,
  text: <path d="M5.2 7.2h5.6M5.2 9.3h5.6M5.2 11.4h3.6" />,
  file: null,
};

export function FolderIcon() {
  return (
    <svg class="file-icon folder-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M1.5 4a1 1 0 0 1 1-1h3.7l1.6 1.6h5.7a1 1 0 0 1 1 1V12a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1z" fill="currentColor" fill-opacity=".22" stroke="currentColor" stroke-width="1.2" stroke-linejoin="round" />
    </svg>
  );
}

export function FileIcon({ name }: { name: string }) {
  const kind = fileKind(name);
  return (
    <svg class={`file-icon kind-${kind}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.1" stroke-linecap="round" stroke-linejoin="round">
      <path class="page" d="M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3" />
      <g class="glyph">{GLYPHS[kind]}</g>
    </svg>
  );
}
