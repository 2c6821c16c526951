import { t } from '../src/i18n/t.ts';

/** Upload by file picker into the folder shown; the transfer list shows what follows. */
export function UploadButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  return (
    <label class="button">
      {t('popupUploadButton')}
      <input
        type="file"
        multiple
        class="visually-hidden"
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const files = [...(input.files ?? [])];
          input.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </label>
  );
}
