/**
 * Opens Firefox ESR with the development build loaded through `web-ext run` (as a temporary
 * add-on, reloaded by web-ext when dist/firefox changes), then Tote's settings page. A
 * `--start-url` would load before the add-on is installed and show an empty page, so the page is
 * opened over WebDriver BiDi once web-ext reports the add-on installed. Firefox gives each
 * install a random moz-extension UUID (the pinning preference is not applied to add-ons web-ext
 * installs), so it is read from the add-on's manifest URL, which Firefox's remote debugging
 * protocol (web-ext's connection) lists.
 */
import webExt from 'web-ext';
import { freePort } from '../ports.ts';
import { waitFor } from '../wait-for.ts';
import { connectBidi } from './bidi.ts';

export interface FirefoxLaunch {
  extensionDir: string;
  addonId: string;
  /** The page to open, relative to the extension's root. */
  page: string;
  /** The `<title>` of that page: how the launcher knows it has really loaded. */
  title: string;
}

interface RdpRunner {
  extensionRunners: {
    remoteFirefox: { client: { request(message: { to: string; type: string }): Promise<{ addons: { id: string; manifestURL?: string }[] }> } };
  }[];
}

/** The installed add-on's `moz-extension://<uuid>/manifest.json`. */
async function manifestUrl(runner: unknown, addonId: string): Promise<string> {
  const [firefox] = (runner as RdpRunner).extensionRunners;
  const { addons } = await firefox!.remoteFirefox.client.request({ to: 'root', type: 'listAddons' });
  const url = addons.find((addon) => addon.id === addonId)?.manifestURL;
  if (!url) throw new Error(`Firefox lists no add-on ${addonId}: web-ext did not install Tote`);
  return url;
}

export async function openFirefox(launch: FirefoxLaunch): Promise<{ exit(): Promise<void> }> {
  const bidiPort = await freePort();
  const runner = await webExt.cmd.run(
    {
      sourceDir: launch.extensionDir,
      firefox: '/usr/bin/firefox-esr',
      noInput: true,
      // BiDi may open extension pages only with system access; the port listens on 127.0.0.1.
      args: ['--remote-debugging-port', String(bidiPort), '--remote-allow-system-access'],
    },
    { shouldExitProgram: false },
  );
  const bidi = await connectBidi(bidiPort);
  try {
    const { contexts } = (await bidi.send('browsingContext.getTree')) as { contexts: { context: string }[] };
    const context = contexts[0]?.context;
    const url = new URL(launch.page, await manifestUrl(runner, launch.addonId)).href;
    const title = async () =>
      ((await bidi.send('script.evaluate', { expression: 'document.title', target: { context }, awaitPromise: false })) as { result: { value?: string } })
        .result.value;
    // Firefox answers a navigation to a moz-extension: page with NS_ERROR_NOT_AVAILABLE, yet
    // goes there: start it, then read the page's title.
    await bidi.send('browsingContext.navigate', { context, url, wait: 'none' }).catch(() => undefined);
    await waitFor(
      `Tote's page to load in Firefox (${url})`,
      async () => {
        const seen = await title();
        if (seen !== launch.title) throw new Error(`the tab's title is ${JSON.stringify(seen)}`);
        return true;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    await bidi.send('session.end');
  } catch (error) {
    await runner.exit();
    throw error;
  } finally {
    bidi.close();
  }
  return runner;
}
