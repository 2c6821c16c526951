/** Ctrl+V anywhere in the file browser uploads pasted files; a paste of text goes where it was pasted, as ever. */
import { useEffect, useRef } from 'preact/hooks';
import type { DroppedFile } from './dropped-files.ts';
import { pastedFiles } from './pasted-files.ts';

export function usePaste(onFiles: (files: DroppedFile[]) => void, enabled: boolean): void {
  const latest = useRef(onFiles);
  latest.current = onFiles;
  useEffect(() => {
    if (!enabled) return;
    const paste = (event: ClipboardEvent) => {
      const files = pastedFiles(event.clipboardData, new Date());
      if (files.length === 0) return;
      event.preventDefault();
      latest.current(files);
    };
    document.addEventListener('paste', paste);
    return () => document.removeEventListener('paste', paste);
  }, [enabled]);
}
