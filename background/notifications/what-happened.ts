/** The sentences of Tote's notifications, from what happened (background/notifications/notifier.ts). */
import type { TransferRecord } from '../transfers/transfer-store.ts';
import type { Notifier } from './notifier.ts';

const nameOf = (key: string) => key.split('/').filter(Boolean).at(-1) ?? key;

export function notifyTransferSettled(notifier: Notifier, record: TransferRecord): Promise<void> {
  if (record.state === 'done') return notifier.notify('upload-done', 'Uploaded to Tote', `${nameOf(record.key)} is in your files.`);
  if (record.state === 'failed')
    return notifier.notify(
      'upload-failed',
      'Upload failed',
      `${nameOf(record.key)}: ${record.error?.message ?? 'the upload stopped.'} Open Tote to try again.`,
    );
  return Promise.resolve();
}

export function notifyPageSaved(notifier: Notifier, key: string): Promise<void> {
  return notifier.notify('page-saved', 'Saved to Tote', `${nameOf(key)} is in your files (${key}).`);
}

export function notifySessionExpired(notifier: Notifier, reason: string): Promise<void> {
  return notifier.notify('session-expired', 'Tote: signed out', reason);
}
