/**
 * Renews credentials ahead of expiry even when nobody asks: an alarm wakes the background a
 * little before the broker's own margin would make the next request wait for Cognito.
 */
import { browser } from '../../src/browser.ts';
import { REFRESH_MARGIN_MS, type CredentialBroker } from './credential-broker.ts';
import type { StoredCredentials } from '../../src/storage/identity-records.ts';

const ALARM = 'tote-credentials-refresh';
/** Chrome does not run alarms sooner than 30 s from now. */
const MIN_DELAY_MS = 30_000;

export function scheduleRefresh(credentials: StoredCredentials, now: number): void {
  const when = Math.max(credentials.expiration - REFRESH_MARGIN_MS - 60_000, now + MIN_DELAY_MS);
  void browser.alarms.create(ALARM, { when });
}

/** Must be called while the background starts, so the alarm that woke it is delivered. */
export function listenForRefreshAlarm(broker: CredentialBroker): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) broker.get().catch(() => undefined);
  });
}
