/**
 * "Undo" for a few seconds after a delete in a versioned bucket: a real undo, which removes the
 * delete markers the delete made (s3.undoDelete), so each file's previous version shows again.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, tCount } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';

/** What a delete did, to take it back: its requests (keys, or a folder each) and when it started. */
export interface UndoDelete {
  count: number;
  since: number;
  requests: Array<{ keys: string[] } | { folder: string }>;
}

/** Long enough to notice and click; short, as the offer would otherwise outlive what it undoes. */
export const UNDO_SECONDS = 10;

export function UndoBar({ client, undo, onGone, onUndone }: { client: Client; undo: UndoDelete; onGone: () => void; onUndone: () => void }) {
  const [phase, setPhase] = useState<'offer' | 'undoing' | 'failed'>('offer');
  const [problem, setProblem] = useState('');
  useEffect(() => {
    if (phase !== 'offer') return;
    const timer = setTimeout(onGone, UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [phase, undo]);

  const takeBack = async () => {
    setPhase('undoing');
    const replies = await Promise.all(undo.requests.map((request) => client.call('s3.undoDelete', { ...request, since: undo.since })));
    const failed = replies.find((reply) => !reply.ok);
    if (failed && !failed.ok) {
      setProblem(t('popupUndoFailed', failed.error.message));
      setPhase('failed');
    } else onUndone();
  };

  return (
    <div class={`notice${phase === 'failed' ? ' error' : ''} undo-bar`} role={phase === 'failed' ? 'alert' : 'status'}>
      {phase === 'failed' ? (
        problem
      ) : (
        <>
          {t('popupDeleted', tCount('countObjects', undo.count))}{' '}
          <button type="button" class="small" disabled={phase === 'undoing'} onClick={() => void takeBack()}>
            {t(phase === 'undoing' ? 'popupUndoing' : 'popupUndoButton')}
          </button>
        </>
      )}
      {phase === 'failed' && (
        <button type="button" class="small" onClick={onGone}>
          {t('popupDismissButton')}
        </button>
      )}
    </div>
  );
}
