/**
 * Opens Chromium with the development build loaded, then Tote's settings page once the extension
 * is really there. A URL on the command line is opened before `--load-extension` has loaded the
 * extension, and Chromium shows "blocked (ERR_BLOCKED_BY_CLIENT)" instead: so the page is opened
 * over the DevTools pipe after the extension's service worker has started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { waitFor } from '../wait-for.ts';
import { cdpPipe } from './cdp-pipe.ts';

export interface ChromiumLaunch {
  extensionDir: string;
  extensionId: string;
  profile: string;
  /** The page to open, relative to the extension's root. */
  page: string;
}

interface Target {
  type: string;
  url: string;
  targetId: string;
}

export async function openChromium(launch: ChromiumLaunch): Promise<ChildProcess> {
  const child = spawn(
    '/usr/bin/chromium',
    [
      `--user-data-dir=${launch.profile}`,
      `--load-extension=${launch.extensionDir}`,
      `--disable-extensions-except=${launch.extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--remote-debugging-pipe',
      '--window-position=0,0',
      '--window-size=1280,800',
      // Chromium refuses to start as root without this; the profile is a throwaway one.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  await new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  const cdp = cdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const origin = `chrome-extension://${launch.extensionId}/`;
  const targets = async () => (await cdp.send('Target.getTargets')).targetInfos as Target[];
  await waitFor(
    "Tote's service worker to start in Chromium",
    async () => (await targets()).some((t) => t.type === 'service_worker' && t.url.startsWith(origin)),
    {
      timeoutMs: 30_000,
      intervalMs: 250,
      giveUp: () => (child.exitCode !== null ? `Chromium exited with ${child.exitCode}` : undefined),
    },
  );
  const blank = (await targets()).find((t) => t.type === 'page' && t.url === 'about:blank');
  await cdp.send('Target.createTarget', { url: `${origin}${launch.page}` });
  if (blank) await cdp.send('Target.closeTarget', { targetId: blank.targetId });
  return child;
}
