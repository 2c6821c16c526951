/** Export: the saved settings as a JSON file (they hold no secret), for a teammate or a backup. */
import { t } from '../src/i18n/t.ts';
import type { Settings } from '../src/settings/schema.ts';

export function ExportSettings({ settings }: { settings: Settings | undefined }) {
  function download() {
    const blob = new Blob([`${JSON.stringify(settings, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'tote-settings.json';
    link.click();
    // The download has taken the blob by the next task; keep memory tidy.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('optionsExportSettings')}</h2>
      <p>{t('optionsExportHint')}</p>
      <button type="button" disabled={settings === undefined} onClick={download}>
        {t('optionsExportSettings')}
      </button>
    </section>
  );
}
