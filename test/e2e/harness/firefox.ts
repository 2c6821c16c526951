/**
 * Real Firefox ESR (Debian's /usr/bin/firefox-esr) driven by Puppeteer over WebDriver BiDi, with
 * the built extension installed temporarily. The moz-extension UUID is pinned through a pref so
 * tests know the extension's pages' URLs; a short idle timeout lets the event page suspend.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { findWithPuppeteer } from './find.ts';
import { killTree, waitFor } from './process.ts';
import type { ExtensionSession, TestPage } from './types.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'tote@tote.dev';
/** How long the event page may idle before Firefox suspends it, in tests. */
export const FIREFOX_IDLE_TIMEOUT_MS = 1_500;

/** A profile to start on again (restart): its directory and the moz-extension UUID pinned in it. */
interface KeptProfile {
  dir: string;
  host: string;
}

export interface FirefoxOptions {
  /** Firefox's own default is 30 s; tests use a short one unless they say otherwise. */
  idleTimeoutMs?: number | undefined;
  /** The UI language (`de`), from a language pack installed with Firefox (Debian's firefox-esr-l10n-*); absent: English. */
  language?: string | undefined;
}

export async function launchFirefox(extensionDir: string, options: FirefoxOptions = {}, kept?: KeptProfile): Promise<ExtensionSession> {
  const { idleTimeoutMs = FIREFOX_IDLE_TIMEOUT_MS, language } = options;
  const host = kept?.host ?? randomUUID();
  const profileDir = kept?.dir ?? (await mkdtemp(join(tmpdir(), 'tote-firefox-profile-')));
  const downloadDir = await mkdtemp(join(tmpdir(), 'tote-firefox-downloads-'));
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: host }),
    'extensions.background.idle.timeout': idleTimeoutMs,
    // Grant the loopback host permissions the development build asks for, as a user would at install.
    'extensions.originControls.grantByDefault': true,
    // Save downloads to a folder of the test's, without asking.
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    // The language pack sits in Firefox's application folder, a scope Puppeteer's profile enables
    // (extensions.enabledScopes) without disabling what it finds there (extensions.autoDisableScopes).
    ...(language === undefined ? {} : { 'intl.locale.requested': language }),
  };
  const start = () =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: prefs,
    });
  if (language !== undefined && kept === undefined) {
    // A fresh profile installs the language pack as Firefox starts, but Firefox's own strings (a
    // file field's "Browse…") stay English until the next start: start once, quit, start again.
    const first = await start();
    const firstPid = first.process()?.pid;
    await first.close().catch(() => undefined);
    await killTree(firstPid);
  }
  const browser = await start();
  const pid = browser.process()?.pid;
  const url = (path: string) => `moz-extension://${host}/${path}`;
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await killTree(pid);
    await rm(downloadDir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  let handedOver = false;
  return {
    kind: 'firefox',
    host,
    downloadDir,
    url,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // goto() on a moz-extension: URL never resolves over BiDi: start it and poll the page instead.
      void page.goto(url(path)).catch(() => undefined);
      await waitFor(`${path} to load`, () =>
        page.evaluate(() => (document.readyState === 'complete' && location.protocol === 'moz-extension:' ? true : undefined)),
      );
      return wrap(page);
    },
    async openWebPage(address) {
      const page = await browser.newPage();
      await page.goto(address);
      return wrap(page);
    },
    async waitForPage(matches) {
      // A window an extension opens on its own moz-extension: page (windows.create) is listed in
      // pages() but may never report its URL as a target change: ask each page where it is.
      const page = await waitFor(
        'a page to open',
        async () => {
          for (const candidate of await browser.pages()) {
            if (matches(candidate.url())) return candidate;
            const href = await Promise.race([
              candidate.evaluate(() => location.href).catch(() => ''),
              new Promise<string>((resolve) => setTimeout(() => resolve(''), 1_000)),
            ]);
            if (matches(href)) return candidate;
          }
          return undefined;
        },
        20_000,
      );
      return wrap(page);
    },
    stopBackground: () => terminateEventPage(browser),
    async restart() {
      // Quit cleanly (puppeteer's close ends Firefox the way a person quits), then start on the same profile.
      handedOver = true;
      await browser.close().catch(() => undefined);
      await killTree(pid);
      await rm(downloadDir, { recursive: true, force: true });
      return launchFirefox(extensionDir, options, { dir: profileDir, host });
    },
    async close() {
      await browser.close().catch(() => undefined);
      await killTree(pid);
      await rm(downloadDir, { recursive: true, force: true });
      if (!handedOver) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** A WebDriver BiDi command as Puppeteer's connection sends it. */
type BidiSend = (method: string, params: object) => Promise<{ result: { contexts?: { context: string }[]; result?: { value?: unknown } } }>;

/**
 * Stops the event page now, as about:debugging's "Terminate Background Script" does, and waits
 * until Firefox reports it stopped. An upload keeps the page from idling out (Tote makes an API
 * call a second), so waiting for the idle timeout would not do. The browser was started with
 * `--remote-allow-system-access`, which lets BiDi run script in the browser's own chrome window.
 */
async function terminateEventPage(browser: Browser): Promise<void> {
  const send: BidiSend = (method, params) => (browser as unknown as { connection: { send: BidiSend } }).connection.send(method, params);
  const chromeWindow = (await send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result.contexts?.[0]?.context;
  if (chromeWindow === undefined) throw new Error('Firefox gave no chrome window to run the termination in');
  const expression = `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
    if (extension.backgroundState !== 'stopped') await ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(GECKO_ID)});
    return extension.backgroundState;
  })()`;
  await waitFor('the event page to stop', async () => {
    const reply = await send('script.evaluate', { expression, target: { context: chromeWindow }, awaitPromise: true });
    return reply.result.result?.value === 'stopped' ? true : undefined;
  });
}

function wrap(page: Page): TestPage {
  return {
    find: (query) => findWithPuppeteer(page, query),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    async text(selector) {
      const handle = await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
      return ((await handle?.evaluate((element) => (element as HTMLElement).innerText)) ?? '').trim();
    },
    async waitForText(selector, expected, timeoutMs = 15_000) {
      const handle = await page.waitForFunction(
        (css: string, text: string) => {
          const element = document.querySelector(css) as HTMLElement | null;
          return element && element.innerText.includes(text) ? element.innerText : false;
        },
        { timeout: timeoutMs, polling: 100 },
        selector,
        expected,
      );
      return String(await handle.jsonValue()).trim();
    },
    async click(selector) {
      await (await page.waitForSelector(selector, { visible: true, timeout: 10_000 }))?.click();
    },
    async rightClick(selector) {
      await (await page.waitForSelector(selector, { visible: true, timeout: 10_000 }))?.click({ button: 'right' });
    },
    async fill(selector, value) {
      const handle = await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
      await handle?.type(value);
    },
    press: (key) => page.keyboard.press(key as KeyInput),
    dropPaths: async () => {
      throw new Error('Firefox over WebDriver BiDi cannot drag files from disk');
    },
    async chooseFiles(selector, paths) {
      const input = await page.waitForSelector(selector, { timeout: 10_000 });
      await (input as unknown as { uploadFile(...files: string[]): Promise<void> } | null)?.uploadFile(...paths);
    },
    url: () => page.url(),
    close: () => page.close(),
    evaluateSource: (source) => page.evaluate(source) as never,
    screenshot: async (path, size) => {
      await page.screenshot({
        path: path as `${string}.png`,
        ...(size ? { clip: { x: 0, y: 0, width: size.width, height: size.height } } : { fullPage: true }),
      });
    },
    resize: (width, height) => page.setViewport({ width, height }),
    emulateColorScheme: async () => false,
  };
}
