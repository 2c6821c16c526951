import { describe, expect, it, vi } from 'vitest';
import type { TransferRecord } from '../transfers/transfer-store.ts';
import { createNotifier } from './notifier.ts';
import { notifyPageSaved, notifySessionExpired, notifyTransferSettled } from './what-happened.ts';

function setup(enabled = true) {
  const create = vi.fn(async () => 'id');
  let on = enabled;
  const notifier = createNotifier({ enabled: async () => on, create, iconUrl: 'chrome-extension://x/icons/tote-128.png' });
  return { notifier, create, turn: (next: boolean) => (on = next) };
}
const record = (state: TransferRecord['state'], error?: TransferRecord['error']): TransferRecord => ({
  id: 't',
  key: 'private/us-east-1:abc/photos/cat.png',
  size: 1,
  contentType: 'image/png',
  state,
  bytesDone: 1,
  parts: [],
  partAttempts: 0,
  ...(error ? { error } : {}),
  startedAt: 0,
  updatedAt: 0,
});

describe('notifications', () => {
  it("shows a basic notification per kind, with Tote's icon, one id per kind so a burst replaces instead of stacking", async () => {
    const { notifier, create } = setup();
    await notifyTransferSettled(notifier, record('done'));
    await notifyTransferSettled(notifier, record('failed', { code: 'forbidden', message: 'Tote may not write there.' }));
    await notifyPageSaved(notifier, 'private/x/inbox/page.html');
    await notifySessionExpired(notifier, 'Your session expired. Sign in again to get back to your files.');
    expect(create.mock.calls).toEqual([
      [
        'tote-upload-done',
        { type: 'basic', iconUrl: 'chrome-extension://x/icons/tote-128.png', title: 'Uploaded to Tote', message: 'cat.png is in your files.' },
      ],
      [
        'tote-upload-failed',
        expect.objectContaining({ type: 'basic', title: 'Upload failed', message: 'cat.png: Tote may not write there. Open Tote to try again.' }),
      ],
      ['tote-page-saved', expect.objectContaining({ title: 'Saved to Tote', message: 'page.html is in your files (private/x/inbox/page.html).' })],
      [
        'tote-session-expired',
        expect.objectContaining({ title: 'Tote: signed out', message: 'Your session expired. Sign in again to get back to your files.' }),
      ],
    ]);
    expect(notifier.recent().map((shown) => shown.id)).toEqual(['tote-upload-done', 'tote-upload-failed', 'tote-page-saved', 'tote-session-expired']);
  });

  it('shows nothing while "Show notifications" is off, and again once it is on', async () => {
    const { notifier, create, turn } = setup(false);
    await notifyTransferSettled(notifier, record('done'));
    expect(create).not.toHaveBeenCalled();
    expect(notifier.recent()).toEqual([]);
    turn(true);
    await notifyTransferSettled(notifier, record('done'));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('says nothing about cancelled or running uploads, and owns only its own ids', async () => {
    const { notifier, create } = setup();
    await notifyTransferSettled(notifier, record('cancelled'));
    await notifyTransferSettled(notifier, record('running'));
    expect(create).not.toHaveBeenCalled();
    expect(notifier.owns('tote-upload-done')).toBe(true);
    expect(notifier.owns('other-extension')).toBe(false);
  });
});
