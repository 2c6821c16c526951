/**
 * `npm start` and `npm run start:firefox` as a new user runs them, on a real (virtual) display:
 * the browser opens with Tote loaded and Tote's settings page in front — the window is titled
 * after the page and the screenshot shows it drawn, not an error or an empty tab — and Ctrl-C
 * (SIGTERM here) closes the browser and the stack. Free ports and a state directory of its own,
 * so a devstack someone runs on the default ports is left alone.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './ports.ts';
import { startXvfb, type Display } from './test-support/xvfb.ts';
import { waitFor } from './wait-for.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTIFACTS = join(ROOT, 'test-artifacts');
const run = promisify(execFile);

interface Launcher {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

async function npmStart(browser: string, display: Display, stateDir: string): Promise<Launcher> {
  const ports = ['--idp-port', '--cognito-port', '--s3-port'];
  const args = [join(ROOT, 'devstack', 'start-tote.ts'), '--browser', browser, '--state-dir', stateDir, '--no-expired-pool'];
  for (const flag of ports) args.push(flag, String(await freePort()));
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, DISPLAY: display.name }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

/** The titles of the display's windows (xdotool exits 1 when none match). */
async function windowTitles(display: Display): Promise<string[]> {
  const { stdout } = await run('xdotool', ['search', '--name', '.', 'getwindowname', '%@'], { env: { ...process.env, DISPLAY: display.name } }).catch(() => ({
    stdout: '',
  }));
  return stdout.split('\n').filter(Boolean);
}

/** How much the page area varies in brightness: 0 for an empty page, well above for text. */
async function pageVariation(screenshot: string): Promise<number> {
  const { stdout } = await run('convert', [
    screenshot,
    '-crop',
    '1000x500+100+150',
    '+repage',
    '-colorspace',
    'Gray',
    '-format',
    '%[fx:standard_deviation]',
    'info:',
  ]);
  return Number(stdout);
}

describe('npm start', () => {
  let display: Display;
  const stateDirs: string[] = [];
  beforeAll(async () => {
    display = await startXvfb();
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await display?.stop();
    await Promise.all(stateDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  for (const browser of ['chromium', 'firefox']) {
    it(`--browser ${browser}: opens the browser on Tote's settings page, and Ctrl-C closes it all`, async () => {
      const stateDir = await mkdtemp(join(tmpdir(), 'tote-start-'));
      stateDirs.push(stateDir);
      const launcher = await npmStart(browser, display, stateDir);
      try {
        await waitFor(`npm start to open ${browser}`, async () => launcher.output().includes('is open with Tote loaded'), {
          timeoutMs: 150_000,
          intervalMs: 250,
          giveUp: () => (launcher.child.exitCode !== null ? `it exited:\n${launcher.output()}` : undefined),
        });
        await waitFor("a window titled after Tote's settings page", async () => (await windowTitles(display)).some((t) => t.startsWith('Tote settings')), {
          timeoutMs: 10_000,
          intervalMs: 250,
        });
        expect((await windowTitles(display)).filter((t) => /blocked|not found|problem loading/i.test(t))).toEqual([]);
        const screenshot = join(ARTIFACTS, `npm-start-${browser}.png`);
        const shoot = async () => {
          await run('import', ['-window', 'root', screenshot], { env: { ...process.env, DISPLAY: display.name } });
          return pageVariation(screenshot);
        };
        // The title comes with the document; the page draws once the background has answered it.
        await waitFor('the settings page to draw', async () => (await shoot()) > 0.05, { timeoutMs: 20_000, intervalMs: 500 }).catch(() => undefined);
        expect(await shoot()).toBeGreaterThan(0.05);
      } finally {
        launcher.child.kill('SIGTERM');
      }
      expect(await launcher.exited).toBe(0);
      await waitFor('the browser window to close', async () => !(await windowTitles(display)).some((t) => t.startsWith('Tote settings')), {
        timeoutMs: 10_000,
        intervalMs: 250,
      });
    }, 240_000);
  }
});
