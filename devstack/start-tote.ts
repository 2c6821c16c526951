/**
 * `npm start` (Chromium) and `npm run start:firefox`: installs missing Debian packages, builds the
 * extension, starts the devstack (default ports, state kept in .devstack/), and opens the browser
 * with the development build loaded and Tote's settings page in front (devstack/launch/). Without
 * a display it says so and prints how to load the build by hand; the stack keeps running until
 * Ctrl-C either way.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_EXTENSION_ID, FIREFOX_ADDON_ID } from './constants.ts';
import { optionsOrExit } from './cli-options.ts';
import { STACK_PACKAGES, ensurePackages } from './debian-packages.ts';
import { openChromium } from './launch/chromium.ts';
import { openFirefox } from './launch/firefox.ts';
import { USAGE, parseStartOptions, type LaunchBrowser } from './launch/start-options.ts';
import { startDevstack } from './stack.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD: Record<LaunchBrowser, string> = { chromium: join(ROOT, 'dist', 'chrome'), firefox: join(ROOT, 'dist', 'firefox') };
const EXECUTABLE: Record<LaunchBrowser, [string, string]> = { chromium: ['/usr/bin/chromium', 'chromium'], firefox: ['/usr/bin/firefox-esr', 'firefox-esr'] };
const OPTIONS_PAGE = { page: 'options/index.html', title: 'Tote settings' };
const log = (line: string): void => console.log(`[tote] ${line}`);

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Opens the browser; resolves to how to close it. */
async function openBrowser(browser: LaunchBrowser, profile: string): Promise<() => Promise<void>> {
  if (browser === 'firefox') {
    const firefox = await openFirefox({ extensionDir: BUILD.firefox, addonId: FIREFOX_ADDON_ID, ...OPTIONS_PAGE });
    return () => firefox.exit();
  }
  const chromium = await openChromium({ extensionDir: BUILD.chromium, extensionId: CHROME_EXTENSION_ID, profile, page: OPTIONS_PAGE.page });
  return async () => {
    if (chromium.exitCode === null) chromium.kill('SIGTERM');
  };
}

const options = optionsOrExit(() => parseStartOptions(process.argv.slice(2), process.env), USAGE);
const { browser, devstack } = options;
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const [executable, browserPackage] = EXECUTABLE[browser];
await ensurePackages({ ...STACK_PACKAGES, ...(hasDisplay ? { [executable]: browserPackage } : {}) }, log);
log('building the extension (npm run build)…');
await run('npm', ['run', 'build']);
log('starting the devstack…');
const stack = await startDevstack({ ...devstack, log });
const { testUsers, stateDir } = stack.description;
log(`devstack ready; description in ${join(stateDir, 'stack.json')}`);
log(`sign in as ${testUsers.map((u) => `${u.email} / ${u.password}`).join(' or ')}`);

let closeBrowser: (() => Promise<void>) | undefined;
const profile = await mkdtemp(join(tmpdir(), 'tote-chromium-'));
if (hasDisplay) {
  try {
    closeBrowser = await openBrowser(browser, profile);
  } catch (error) {
    console.error(error);
    await stack.stop();
    process.exit(1);
  }
  log(`${browser === 'firefox' ? 'Firefox' : 'Chromium'} is open with Tote loaded, on Tote's settings page.`);
} else if (browser === 'firefox') {
  log('No display (DISPLAY/WAYLAND_DISPLAY unset), so no browser was opened. To try Tote by hand:');
  log(`  open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" and choose ${join(BUILD.firefox, 'manifest.json')}`);
} else {
  log('No display (DISPLAY/WAYLAND_DISPLAY unset), so no browser was opened. To try Tote by hand:');
  log(`  open chrome://extensions, switch on Developer mode, "Load unpacked" and choose ${BUILD.chromium}`);
  log(`  (its id is ${CHROME_EXTENSION_ID}; the development build points at the devstack already)`);
}
log('Ctrl-C stops the stack.');

let stopping = false;
const shutdown = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await closeBrowser?.().catch((error: unknown) => console.error(error));
  await stack.stop();
  await rm(profile, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
