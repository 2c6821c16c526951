/** The zip page: what is being zipped, how far along, Cancel; the archive saves itself when whole. */
import type { Client } from '../src/messaging/client.ts';
import type { ZipRequest } from '../src/ui/zip-url.ts';
import { percentOf, progressText } from './progress.ts';
import { useZip } from './use-zip.ts';

export function ZipApp({ client, request }: { client: Client; request: ZipRequest }) {
  const { state, name, inMemory, cancel } = useZip(client, request);
  const working = state.phase === 'listing' || state.phase === 'zipping';
  return (
    <main class="zip">
      <h1>Download {name}</h1>
      {inMemory && (
        <p class="notice" role="note">
          Firefox keeps no files for Tote on disk in this window (a private window), so the archive is built in memory before it is saved: a large folder can
          exhaust it. To zip a large folder, use Tote in a normal window.
        </p>
      )}
      {state.phase === 'listing' && <p role="status">Listing the files…</p>}
      {(state.phase === 'zipping' || state.phase === 'saved') && (
        <>
          <progress max={100} value={percentOf(state.progress)} aria-label={`${name}: ${percentOf(state.progress)}%`} />
          <p role="status">{state.phase === 'saved' ? `Saved ${name}: ${progressText(state.progress)}.` : `Zipping: ${progressText(state.progress)}`}</p>
        </>
      )}
      {state.phase === 'cancelled' && <p role="status">Cancelled. Nothing was saved.</p>}
      {state.phase === 'failed' && (
        <p class="notice error" role="alert">
          {state.message} Nothing was saved.
        </p>
      )}
      <p class="hint">{working ? 'Keep this tab open until the archive is saved: closing it cancels the download.' : 'You can close this tab.'}</p>
      <button type="button" disabled={!working} onClick={cancel}>
        Cancel
      </button>
    </main>
  );
}
