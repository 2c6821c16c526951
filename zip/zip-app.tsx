/** The zip page: what is being zipped, how far along, Cancel; the archive saves itself when whole. */
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import type { ZipRequest } from '../src/ui/zip-url.ts';
import { percentOf, progressText } from './progress.ts';
import { useZip } from './use-zip.ts';

export function ZipApp({ client, request }: { client: Client; request: ZipRequest }) {
  const { state, name, inMemory, cancel } = useZip(client, request);
  const working = state.phase === 'listing' || state.phase === 'zipping';
  return (
    <main class="zip">
      <h1>{t('zipHeading', name)}</h1>
      {inMemory && (
        <p class="notice" role="note">
          {t('zipInMemoryNote')}
        </p>
      )}
      {state.phase === 'listing' && <p role="status">{t('zipListing')}</p>}
      {(state.phase === 'zipping' || state.phase === 'saved') && (
        <>
          <progress max={100} value={percentOf(state.progress)} aria-label={`${name}: ${percentOf(state.progress)}%`} />
          <p role="status">{state.phase === 'saved' ? t('zipSaved', name, progressText(state.progress)) : t('zipZipping', progressText(state.progress))}</p>
        </>
      )}
      {state.phase === 'cancelled' && <p role="status">{t('zipCancelled')}</p>}
      {state.phase === 'failed' && (
        <p class="notice error" role="alert">
          {t('zipFailed', state.message)}
        </p>
      )}
      <p class="hint">{t(working ? 'zipKeepOpen' : 'zipCanClose')}</p>
      <button type="button" disabled={!working} onClick={cancel}>
        {t('cancelButton')}
      </button>
    </main>
  );
}
