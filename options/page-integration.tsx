/**
 * Options for the page integration (docs/page-bridge.md): where "Save to Tote" puts things, the sites listed
 * for the page bridge (with the browser permission to run the bridge there), and the answers the
 * user gave those sites, each revocable.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../src/browser.ts';
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
      setFolderMessage({ error: true, text: 'Connect Tote first (Edit connection, above); then choose where its saves go.' });
      return;
    }
    // Only the save folder: what the connection form on this page saves stays as it is.
    const reply = await client.call('settings.patch', { patch: { saveFolder: folder } });
    setFolderMessage(reply.ok ? { error: false, text: 'Save folder updated.' } : { error: true, text: reply.error.message });
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
    setMessage(
      granted
        ? { error: false, text: 'Tote may now run its page bridge on these sites. Reload their tabs.' }
        : { error: true, text: 'The browser did not give Tote access to these sites, so the bridge cannot run there.' },
    );
  }

  return (
    <section aria-labelledby="page-heading">
      <h2 id="page-heading">Saving from pages</h2>
      <TextField
        path="saveFolder"
        label="Folder for “Save to Tote”"
        required
        value={folder}
        error={folderMessage?.error ? folderMessage.text : undefined}
        onInput={(value) => {
          setFolder(value);
          setFolderMessage(undefined);
        }}
        hint={
          <>
            Where “Save to Tote” in a page's menu puts things. <code>{'${identityId}'}</code> is your own folder.
          </>
        }
      />
      <button
        type="button"
        disabled={settings === undefined || folder === (settings.saveFolder ?? DEFAULT_SAVE_FOLDER)}
        onClick={() => void saveFolder()}
        data-testid="save-folder-button"
      >
        Save folder
      </button>
      {folderMessage && !folderMessage.error && <p role="status">{folderMessage.text}</p>}

      <h3>Sites that may use Tote</h3>
      {origins.length === 0 ? (
        <p class="hint">None. An administrator lists trusted sites in the settings file (content scopes).</p>
      ) : (
        <>
          <ul data-testid="bridge-sites">
            {origins.map((origin) => (
              <li key={origin}>
                <code>{origin}</code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void allowSites()} data-testid="bridge-permission">
            Let Tote run on these sites
          </button>
        </>
      )}
      <h3>Your answers to sites</h3>
      {consents.length === 0 ? (
        <p class="hint" data-testid="bridge-consents-empty">
          No site has asked yet.
        </p>
      ) : (
        <ul data-testid="bridge-consents">
          {consents.map((consent) => (
            <li key={consent.origin}>
              <code>{consent.origin}</code>: {consent.decision === 'allow' ? 'allowed' : 'denied'}{' '}
              <button type="button" onClick={() => void revoke(consent.origin)} aria-label={`Forget the answer for ${consent.origin}`}>
                Revoke
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
