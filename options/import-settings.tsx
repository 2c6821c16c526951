/**
 * Import a Tote settings file (from infra/'s stack outputs, a teammate, or an export): pick the
 * file or paste its JSON. The background validates and migrates it; nothing is saved half-valid.
 */
import { useState } from 'preact/hooks';
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';

type Result = { kind: 'saved'; signedOut: boolean } | { kind: 'error'; message: string } | undefined;

export function ImportSettings({ client, onSaved }: { client: Client; onSaved: () => void }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result>();

  async function importText(json: string) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      setResult({ kind: 'error', message: t('optionsNotJson') });
      return;
    }
    const reply = await client.call('settings.set', { settings: parsed });
    setResult(reply.ok ? { kind: 'saved', signedOut: reply.value.signedOut === true } : { kind: 'error', message: reply.error.message });
    if (reply.ok) onSaved();
  }

  async function importFile(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    if (file.size > 64 * 1024) {
      setResult({ kind: 'error', message: t('optionsImportTooLarge') });
      return;
    }
    await importText(await file.text());
  }

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('optionsImportSettings')}</h2>
      <p>{t('optionsImportHint')}</p>
      <label class="field">
        {t('optionsSettingsFile')}
        <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event)} />
      </label>
      <label class="field">
        {t('optionsPasteJson')}
        <textarea rows={6} value={text} onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <button type="button" disabled={text.trim() === ''} onClick={() => void importText(text)}>
        {t('optionsImport')}
      </button>
      {result?.kind === 'saved' && <p role="status">{t(result.signedOut ? 'optionsImportedSignedOut' : 'optionsImportedSignIn')}</p>}
      {result?.kind === 'error' && (
        <p class="error" role="alert">
          {result.message}
        </p>
      )}
    </section>
  );
}
