/**
 * Basic notifications (the one type both browsers show): an upload finished or failed, a save
 * from a page is done, the session expired. Off when the user turned "Show notifications" off
 * (settings `showNotifications`; absent: on). One id per kind, so a burst of uploads replaces its
 * notification instead of stacking dozens. Clicking one opens Tote.
 */
export type NotificationKind = 'upload-done' | 'upload-failed' | 'page-saved' | 'session-expired';

export interface Shown {
  id: string;
  title: string;
  message: string;
}

export interface NotifierDependencies {
  enabled(): Promise<boolean>;
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<unknown>;
  iconUrl: string;
}

/** Kept for the development-only `dev.notifications` (tests cannot read the system's notifications in both browsers). */
const KEEP_SHOWN = 20;

export function createNotifier(deps: NotifierDependencies) {
  const shown: Shown[] = [];
  return {
    async notify(kind: NotificationKind, title: string, message: string): Promise<void> {
      if (!(await deps.enabled())) return;
      const id = `tote-${kind}`;
      await deps.create(id, { type: 'basic', iconUrl: deps.iconUrl, title, message });
      shown.push({ id, title, message });
      shown.splice(0, Math.max(0, shown.length - KEEP_SHOWN));
    },
    /** Whether a clicked notification is one of Tote's. */
    owns: (id: string) => id.startsWith('tote-'),
    recent: (): Shown[] => [...shown],
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
