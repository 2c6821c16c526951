/**
 * Wakes the background every 30 s while uploads are unfinished. A background that was stopped
 * mid-upload (Chrome ends long-running workers; Firefox suspends idle event pages) then starts
 * again and resumes from the last finished part, even if nobody opens the popup.
 */
import { browser } from '../../src/browser.ts';

const ALARM = 'tote-transfers-watchdog';

export function keepWatch(active: boolean): void {
  if (active) void browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
  else void browser.alarms.clear(ALARM);
}

/** Must be added while the background starts, so the alarm that woke it is delivered. */
export function listenForWatchdog(resume: () => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) resume().catch(() => undefined);
  });
}
