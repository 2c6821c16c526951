/**
 * `npm start`: installs missing Debian packages, builds the extension, starts the devstack on its
 * default ports and opens Chromium with the development build loaded (it defaults to those
 * endpoints). Without a display it says so and prints how to load `dist/chrome` by hand; the
 * stack keeps running until Ctrl-C either way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_EXTENSION_ID, DEFAULT_PORTS } from './constants.ts';
import { STACK_PACKAGES, ensurePackages } from './debian-packages.ts';
import { startDevstack } from './stack.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROME_BUILD = join(ROOT, 'dist', 'chrome');
const log = (line: string): void => console.log(`[tote] ${line}`);

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

async function openChromium(profile: string): Promise<ChildProcess> {
  const child = spawn('/usr/bin/chromium', [
    `--user-data-dir=${profile}`, `--load-extension=${CHROME_BUILD}`, `--disable-extensions-except=${CHROME_BUILD}`,
    '--no-first-run', '--no-default-browser-check',
    // Chromium refuses to start as root without this; the profile is a throwaway one.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `chrome-extension://${CHROME_EXTENSION_ID}/options/index.html`,
  ], { stdio: 'ignore' });
  await new Promise((resolve, reject) => { child.once('spawn', resolve); child.once('error', reject); });
  return child;
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
await ensurePackages({ ...STACK_PACKAGES, ...(hasDisplay ? { '/usr/bin/chromium': 'chromium' } : {}) }, log);
log('building the extension (npm run build)…');
await run('npm', ['run', 'build']);
log('starting the devstack…');
const stack = await startDevstack({ ports: DEFAULT_PORTS, stateDir: join(ROOT, '.devstack'), log });
const { testUsers, stateDir } = stack.description;
log(`devstack ready; description in ${join(stateDir, 'stack.json')}`);
log(`sign in as ${testUsers.map((u) => `${u.email} / ${u.password}`).join(' or ')}`);

let browser: ChildProcess | undefined;
const profile = await mkdtemp(join(tmpdir(), 'tote-chromium-'));
if (hasDisplay) {
  browser = await openChromium(profile);
  log(`Chromium is open with Tote loaded (PID ${browser.pid}).`);
} else {
  log('No display (DISPLAY/WAYLAND_DISPLAY unset), so no browser was opened. To try Tote by hand:');
  log(`  open chrome://extensions, switch on Developer mode, "Load unpacked" and choose ${CHROME_BUILD}`);
  log(`  (its id is ${CHROME_EXTENSION_ID}; the development build points at the devstack already)`);
}
log('Ctrl-C stops the stack.');

let stopping = false;
const shutdown = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  if (browser && browser.exitCode === null) browser.kill('SIGTERM');
  await stack.stop();
  await rm(profile, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
