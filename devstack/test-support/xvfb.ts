/**
 * A real X display for tests that open a browser window the way a person sees it: Xvfb on a
 * display number nobody uses (another engineer's Xvfb may hold :99), stopped by its PID.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stopDaemon, type Daemon } from '../processes.ts';
import { waitFor } from '../wait-for.ts';

export interface Display {
  /** For DISPLAY, e.g. `:142`. */
  name: string;
  stop(): Promise<void>;
}

/** X servers hold /tmp/.X<n>-lock and the socket /tmp/.X11-unix/X<n>. */
const taken = (n: number): boolean => existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`);

export async function startXvfb(size = '1280x800'): Promise<Display> {
  const start = 100 + Math.floor(Math.random() * 800);
  let number = start;
  while (taken(number)) number++;
  const child = spawn('Xvfb', [`:${number}`, '-screen', '0', `${size}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
  const daemon: Daemon = { name: 'Xvfb', child, exited: new Promise((resolve) => child.once('exit', resolve)) };
  await waitFor(`Xvfb on :${number}`, async () => existsSync(`/tmp/.X11-unix/X${number}`), {
    timeoutMs: 10_000,
    intervalMs: 100,
    giveUp: () => (child.exitCode !== null ? `Xvfb exited with ${child.exitCode} (display :${number} taken?)` : undefined),
  });
  return { name: `:${number}`, stop: () => stopDaemon(daemon) };
}
