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
      <circle cx="6.3" cy="7.9" r="1.3" fill="currentColor" stroke="none" />
      <path d="M4.4 13.2 7.4 9.7l1.8 1.9 1.7-2.1 1.8 3.7z" fill="currentColor" stroke="none" />
    </>
  ),
  video: <path d="M6.2 7.4v5.4l4.5-2.7z" fill="currentColor" stroke="none" />,
  audio: (
    <>
      <path d="M9.9 12.2V7.1l1.9.7" />
      <circle cx="8.4" cy="12.2" r="1.6" fill="currentColor" stroke="none" />
    </>
  ),
  pdf: (
    <>
      <path d="M5 7.6h6M5 9.6h6" />
      <rect x="4.3" y="11" width="7.4" height="2.6" rx=".6" fill="currentColor" stroke="none" />
    </>
  ),
  archive: (
    <>
      <path d="M8 1.8v1.2M8 4v1.2M8 6.2v1.2" />
      <rect x="6.6" y="8.4" width="2.8" height="3.6" rx=".7" />
    </>
  ),
  table: <path d="M4.6 7.4h6.8v6H4.6zM4.6 10.4h6.8M8 7.4v6" />,
  code: <path d="M6.7 7.8 4.6 10.3l2.1 2.5M9.3 7.8l2.1 2.5-2.1 2.5" />,
  text: <path d="M5 7.8h6M5 10h6M5 12.2h4" />,
  file: null,
};

export function FolderIcon() {
  return (
    <svg class="file-icon folder-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M1.5 4a1 1 0 0 1 1-1h3.7l1.6 1.6h5.7a1 1 0 0 1 1 1V12a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1z"
        fill="currentColor"
        fill-opacity=".22"
        stroke="currentColor"
        stroke-width="1.2"
        stroke-linejoin="round"
      />
    </svg>
  );
}

export function FileIcon({ name }: { name: string }) {
  const kind = fileKind(name);
  return (
    <svg
      class={`file-icon kind-${kind}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.3"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path class="page" d="M2.8 1.3h6.8l3.6 3.6v9.8H2.8zM9.6 1.3v3.6h3.6" />
      <g class="glyph">{GLYPHS[kind]}</g>
    </svg>
  );
}
