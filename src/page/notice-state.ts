/**
 * What the background tells the in-page notice (content/notice.ts): only what it displays.
 * Never a token or credential; the copy link is a presigned GET for the one saved object.
 */
export interface NoticeState {
  toteNotice: 1;
  /** One notice per save, so a late update of an older save does not overwrite a newer one. */
  id: string;
  phase: 'progress' | 'done' | 'failed';
  /** What is being saved ("Saving image…", "Saved", "Could not save"). */
  title: string;
  key?: string;
  /** Presigned GET link for "Copy link" (expires with the credentials). */
  link?: string;
  message?: string;
}

export function isNoticeState(value: unknown): value is NoticeState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<NoticeState>;
  return (
    state.toteNotice === 1 &&
    typeof state.id === 'string' &&
    (state.phase === 'progress' || state.phase === 'done' || state.phase === 'failed') &&
    typeof state.title === 'string'
  );
}
