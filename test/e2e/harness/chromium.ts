/**
 * Real Chromium (Debian's /usr/bin/chromium) with the built extension loaded. We start the
 * process ourselves, so we own its PID, and attach Playwright over CDP.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findWithPlaywright } from './find.ts';
import { killTree, waitFor } from './process.ts';
import type { ExtensionSession, TestPage } from './types.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `language`: the UI language (`de`); absent: the machine's, English here. */
export async function launchChromium(extensionDir: string, language?: string): Promise<ExtensionSession> {
  return start(extensionDir, await mkdtemp(join(tmpdir(), 'tote-chromium-')), language);
}

/**
 * Chromium on Linux takes its UI language from the environment (LANGUAGE, then LANG), which
 * `--lang` alone does not override; all three say the same, so none disagrees.
 */
function languageEnvironment(language: string | undefined): NodeJS.ProcessEnv {
  return language === undefined ? process.env : { ...process.env, LANGUAGE: language, LANG: `${language}_${language.toUpperCase()}.UTF-8` };
}

/** `profile`: a fresh directory, or the one a restart starts on again. */
async function start(extensionDir: string, profile: string, language: string | undefined): Promise<ExtensionSession> {
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(language === undefined ? [] : [`--lang=${language}`]),
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: languageEnvironment(language) },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // After a restart the profile belongs to the new session.
  let handedOver = false;
  const close = async () => {
    await killTree(child.pid);
    if (!handedOver) await rm(profile, { recursive: true, force: true });
  };
  try {
    const endpoint = await devtoolsEndpoint(child.stderr);
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0] as BrowserContext;
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const host = new URL(worker.url()).host;
    const url = (path: string) => `chrome-extension://${host}/${path}`;
    // Downloads go to the profile, saved without a prompt; the session stays attached to keep it so.
    const downloadDir = join(profile, 'downloads');
    await (await browser.newBrowserCDPSession()).send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir });
    return {
      kind: 'chromium',
      host,
      downloadDir,
      url,
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(url(path));
        return wrap(page);
      },
      async openWebPage(address) {
        const page = await context.newPage();
        await page.goto(address);
        return wrap(page);
      },
      async waitForPage(matches) {
        const open = context.pages().find((page) => matches(page.url()));
        const page = open ?? (await context.waitForEvent('page', { predicate: (candidate) => matches(candidate.url()), timeout: 20_000 }));
        await page.waitForLoadState();
        return wrap(page);
      },
      async stopBackground() {
        const page = context.pages()[0] ?? (await context.newPage());
        const cdp = await context.newCDPSession(page);
        // A page still talking to the worker may start it again right after it stopped, so what
        // counts is that every live version of Tote's worker was seen stopped after the command.
        const versions = new Map<string, { stopped: boolean; redundant: boolean }>();
        let commanded = false;
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updates }) => {
          for (const version of updates) {
            if (!version.scriptURL.startsWith(url(''))) continue;
            const before = versions.get(version.versionId);
            versions.set(version.versionId, {
              stopped: (before?.stopped ?? false) || (commanded && version.runningStatus === 'stopped'),
              redundant: version.status === 'redundant',
            });
          }
        });
        await cdp.send('ServiceWorker.enable');
        commanded = true;
        await cdp.send('ServiceWorker.stopAllWorkers');
        await waitFor('the service worker to stop', async () => {
          const live = [...versions.values()].filter((version) => !version.redundant);
          return live.length > 0 && live.every((version) => version.stopped) ? true : undefined;
        });
        await cdp.detach();
      },
      async restart() {
        // Closed the way a person quits (Browser.close: a clean shutdown that writes everything
        // to disk), then started again on the same profile directory.
        handedOver = true;
        const cdp = await browser.newBrowserCDPSession();
        await cdp.send('Browser.close').catch(() => undefined);
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
        await killTree(child.pid);
        return start(extensionDir, profile, language);
      },
      async close() {
        await browser.close().catch(() => undefined);
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function devtoolsEndpoint(stderr: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not print its DevTools endpoint:\n${seen}`)), 20_000);
    stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
  });
}

function wrap(page: Page): TestPage {
  return {
    find: (query) => findWithPlaywright(page, query),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    text: async (selector) => (await page.locator(selector).first().innerText({ timeout: 10_000 })).trim(),
    async waitForText(selector, expected, timeoutMs = 15_000) {
      const locator = page.locator(selector).first();
      await locator.filter({ hasText: expected }).waitFor({ timeout: timeoutMs });
      return (await locator.innerText()).trim();
    },
    click: (selector) => page.locator(selector).first().click({ timeout: 10_000 }),
    rightClick: (selector) => page.locator(selector).first().click({ button: 'right', timeout: 10_000 }),
    fill: (selector, value) => page.locator(selector).first().fill(value, { timeout: 10_000 }),
    press: (key) => page.keyboard.press(key),
    async dropPaths(selector, paths) {
      const box = await page.locator(selector).first().boundingBox({ timeout: 10_000 });
      if (!box) throw new Error(`${selector} has no box to drop onto`);
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const cdp = await page.context().newCDPSession(page);
      const data = { items: [], files: paths, dragOperationsMask: 1 };
      for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
      await cdp.detach();
    },
    async chooseFiles(selector, paths) {
      // Playwright refuses files over 50 MB over a CDP connection; the browser runs on this
      // machine, so hand it the paths directly, as the file picker would.
      await page.locator(selector).first().waitFor({ state: 'attached', timeout: 10_000 });
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      await cdp.send('DOM.setFileInputFiles', { nodeId, files: paths });
      await cdp.detach();
    },
    url: () => page.url(),
    close: () => page.close(),
    evaluateSource: (source) => page.evaluate(source) as never,
    screenshot: async (path, size) => {
      await page.screenshot({ path, fullPage: true, ...(size ? { clip: { x: 0, y: 0, width: size.width, height: size.height } } : {}) });
    },
    resize: (width, height) => page.setViewportSize({ width, height }),
    emulateColorScheme: async (colorScheme) => {
      await page.emulateMedia({ colorScheme });
      return true;
    },
  };
}
