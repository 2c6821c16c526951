/**
 * Files and folders dragged onto the popup upload into the folder shown. While something is
 * dragged over, an overlay says where it will go.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { t } from '../src/i18n/t.ts';
import { droppedFiles, type DroppedFile } from './dropped-files.ts';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropZone({
  overlay,
  onDrop,
  onError,
  children,
}: {
  /** What the overlay says while files are dragged over: where they will go. */
  overlay: string;
  onDrop: (files: DroppedFile[]) => void;
  onError: (message: string) => void;
  children: ComponentChildren;
}) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the drag left.
  const depth = useRef(0);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files from the desktop; the same uploads are reachable with the Upload files button
    <div
      class={`drop-zone${over ? ' over' : ''}`}
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current++;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (!event.dataTransfer) return;
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        droppedFiles(event.dataTransfer).then(
          (files) => (files.length > 0 ? onDrop(files) : onError(t('popupDropNothing'))),
          (error: unknown) => onError(t('popupDropUnreadable', error instanceof Error ? error.message : String(error))),
        );
      }}
    >
      {children}
      {over && (
        <div class="drop-overlay" aria-hidden="true">
          {overlay}
        </div>
      )}
    </div>
  );
}
