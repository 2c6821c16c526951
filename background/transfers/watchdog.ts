/**
 * An alarm while uploads are unfinished. A background that was stopped mid-upload (Chrome ends
 * workers; Firefox suspends idle event pages) starts again at the next alarm and resumes from the
 * last finished part, even if nobody opens the popup. In Firefox the alarm also keeps the event
 * page from being suspended at all: each event resets its idle timer (30 s by default), so an
 * alarm every 24 s keeps an upload going without pauses. Chrome allows no alarm under 30 s; there
 * the upload relay's messages keep the worker running.
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
