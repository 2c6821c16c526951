/**
 * Options for the page integration (docs/page-bridge.md): where "Save to Tote" puts things, the sites listed
 * for the page bridge (with the browser permission to run the bridge there), and the answers the
 * user gave those sites, each revocable.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../src/browser.ts';
import { messageParts } from '../src/i18n/message-parts.ts';
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import { hostPattern } from '../src/page/host-pattern.ts';
import { DEFAULT_SAVE_FOLDER } from '../src/settings/schema.ts';
import { useBackground } from '../src/ui/use-background.ts';
import { TextField } from './text-field.tsx';

export function PageIntegration({ client }: { client: Client }) {
  const { answer: view, reload } = useBackground(client, 'settings.get', {}, { refreshOn: 'settings.changed' });
  const { answer: answers, reload: reloadConsents } = useBackground(client, 'bridge.consents', {}, { refreshOn: 'settings.changed' });
  const settings = view.state === 'ready' ? view.value.settings : undefined;
  const consents = answers.state === 'ready' ? answers.value : [];
  const [folder, setFolder] = useState('');
  // The field starts from (and follows) the saved folder; typing changes only the field.
  const savedFolder = settings?.saveFolder ?? DEFAULT_SAVE_FOLDER;
  useEffect(() => setFolder(savedFolder), [savedFolder]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();
  /** Save folder's answer: a refusal under the field (its error), a success under its button. */
  const [folderMessage, setFolderMessage] = useState<{ error: boolean; text: string } | undefined>();

  async function saveFolder() {
    if (settings === undefined) {
      setFolderMessage({ error: true, text: t('optionsConnectFirst') });
      return;
    }
    // Only the save folder: what the connection form on this page saves stays as it is.
    const reply = await client.call('settings.patch', { patch: { saveFolder: folder } });
    setFolderMessage(reply.ok ? { error: false, text: t('optionsSaveFolderUpdated') } : { error: true, text: reply.error.message });
    if (reply.ok) void reload();
  }

  async function revoke(origin: string) {
    const reply = await client.call('bridge.revoke', { origin });
    if (reply.ok) void reloadConsents();
    else setMessage({ error: true, text: reply.error.message });
  }

  const origins = [...new Set((settings?.contentScopes ?? []).map((scope) => scope.origin))];
  async function allowSites() {
    // Asked here, on the user's click: the bridge only runs where the browser lets Tote in.
    const granted = await browser.permissions.request({ origins: [...new Set(origins.map(hostPattern))] }).catch(() => false);
    setMessage(granted ? { error: false, text: t('optionsBridgeAllowed') } : { error: true, text: t('optionsBridgeRefused') });
  }

  return (
    <section aria-labelledby="page-heading">
      <h2 id="page-heading">{t('optionsSavingFromPages')}</h2>
      <TextField
        path="saveFolder"
        label={t('optionsSaveFolder')}
        required
        value={folder}
        error={folderMessage?.error ? folderMessage.text : undefined}
        onInput={(value) => {
          setFolder(value);
          setFolderMessage(undefined);
        }}
        hint={messageParts('optionsSaveFolderHint', <code>{'${identityId}'}</code>)}
      />
      <button type="button" disabled={settings === undefined || folder === (settings.saveFolder ?? DEFAULT_SAVE_FOLDER)} onClick={() => void saveFolder()}>
        {t('optionsSaveFolderButton')}
      </button>
      {folderMessage && !folderMessage.error && <p role="status">{folderMessage.text}</p>}

      <h3>{t('optionsBridgeSites')}</h3>
      {origins.length === 0 ? (
        <p class="hint">{t('optionsNoBridgeSites')}</p>
      ) : (
        <>
          <ul>
            {origins.map((origin) => (
              <li key={origin}>
                <code>{origin}</code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void allowSites()}>
            {t('optionsLetToteRun')}
          </button>
        </>
      )}
      <h3>{t('optionsYourAnswers')}</h3>
      {consents.length === 0 ? (
        <p class="hint">{t('optionsNoAnswers')}</p>
      ) : (
        <ul>
          {consents.map((consent) => (
            <li key={consent.origin}>
              {messageParts(consent.decision === 'allow' ? 'optionsConsentAllowed' : 'optionsConsentDenied', <code>{consent.origin}</code>)}{' '}
              <button type="button" onClick={() => void revoke(consent.origin)} aria-label={t('optionsForgetAnswer', consent.origin)}>
                {t('optionsRevoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p class={message.error ? 'error' : undefined} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
