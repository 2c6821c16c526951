/** The sentences of Tote's notifications, from what happened (background/notifications/notifier.ts). */
import { t } from '../../src/i18n/t.ts';
import type { TransferRecord } from '../transfers/transfer-store.ts';
import type { Notifier } from './notifier.ts';

const nameOf = (key: string) => key.split('/').filter(Boolean).at(-1) ?? key;

export function notifyTransferSettled(notifier: Notifier, record: TransferRecord): Promise<void> {
  if (record.state === 'done') return notifier.notify('upload-done', t('notificationUploadedTitle'), t('notificationUploaded', nameOf(record.key)));
  if (record.state === 'failed')
    return notifier.notify(
      'upload-failed',
      t('notificationUploadFailedTitle'),
      record.error ? t('notificationUploadFailed', nameOf(record.key), record.error.message) : t('notificationUploadStopped', nameOf(record.key)),
    );
  return Promise.resolve();
}

export function notifyPageSaved(notifier: Notifier, key: string): Promise<void> {
  return notifier.notify('page-saved', t('notificationSavedTitle'), t('notificationSaved', nameOf(key), key));
}

export function notifySessionExpired(notifier: Notifier, reason: string): Promise<void> {
  return notifier.notify('session-expired', t('notificationSignedOutTitle'), reason);
}
