/**
 * An alarm while uploads are unfinished. A background that was stopped mid-upload anyway (the
 * browser ended it, crashed or restarted; keep-awake.ts keeps idle timers from doing so) starts
 * again at the next alarm and resumes from what S3 has, even if nobody opens the popup. Chrome
 * allows no alarm under 30 s; Firefox's fires every 24 s, so a stopped upload waits less.
 */
import { browser } from '../../src/browser.ts';
import { BUILD_BROWSER } from '../../src/build-info.ts';

const ALARM = 'tote-transfers-watchdog';
const PERIOD_MINUTES = BUILD_BROWSER === 'firefox' ? 0.4 : 0.5;

export function keepWatch(active: boolean): void {
  if (active) void browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES });
  else void browser.alarms.clear(ALARM);
}

/** Must be added while the background starts, so the alarm that woke it is delivered. */
export function listenForWatchdog(resume: () => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) resume().catch(() => undefined);
  });
}
