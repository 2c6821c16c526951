/**
 * Background entry (Chrome service worker, Firefox event page): only wires things together.
 * Listeners are added synchronously at start, so the message or alarm that woke a stopped
 * background is not missed.
 */
import { browser, type Runtime } from '../src/browser.ts';
import { BUILD_BROWSER, DEVELOPMENT_BUILD } from '../src/build-info.ts';
import { browserPreflight } from './diagnostics/cors.ts';
import { signedInToken } from './diagnostics/signed-in-token.ts';
import { broadcast } from './events.ts';
import { createHandlers } from './handlers/table.ts';
import { createIdentity } from './identity/create-identity.ts';
import { listenForRefreshAlarm } from './identity/refresh-alarm.ts';
import { createRouter } from './router.ts';
import { createS3Context } from './s3/s3-context.ts';
import { currentViewer, listingCache } from './s3/listing-cache.ts';
import { onUploadProgress } from './s3/upload-transport.ts';
import { createKeepAwake } from './transfers/keep-awake.ts';
import { createLiveProgress } from './transfers/live-progress.ts';
import { createNotifier } from './notifications/notifier.ts';
import { notifyPageSaved, notifySessionExpired, notifyTransferSettled } from './notifications/what-happened.ts';
import { commandListener } from './shortcuts/command-listener.ts';
import { createTransferBadge, drawOnToolbar } from './transfers/transfer-badge.ts';
import { createTransferManager } from './transfers/transfer-manager.ts';
import { transferStore } from './transfers/transfer-store.ts';
import { keepWatch, listenForWatchdog } from './transfers/watchdog.ts';
import { currentSettings, settingsAccess } from './settings-access.ts';
import { database, record } from './storage/extension-storage.ts';
import { createPageIntegration } from './page-integration.ts';
import { welcomeOnInstall } from './welcome.ts';
import { serveZipStreams } from './zip-stream.ts';
import { createClient } from '../src/messaging/client.ts';

const notifier = createNotifier({
  enabled: async () => (await currentSettings())?.showNotifications !== false,
  create: (id, options) => browser.notifications.create(id, options),
  iconUrl: browser.runtime.getURL('icons/tote-128.png'),
});
const notify = (shown: Promise<void>) => void shown.catch((error: unknown) => console.warn('Tote: could not show a notification', error));
// Sign-out cancels the user's uploads, which are built on the identity: the late binding closes the loop.
const identity = createIdentity(
  currentSettings,
  () => transfers.forgetAll(),
  (reason) => notify(notifySessionExpired(notifier, reason)),
  () => listings.forget(),
);
const listings = listingCache(database('tote-listings')('pages'), record('listingViewer'), currentViewer(currentSettings, identity.broker));
const s3 = createS3Context(currentSettings, identity.broker);
const page = createPageIntegration(s3, currentSettings, (key) => notify(notifyPageSaved(notifier, key)));
// Pages re-read the list on each change; the toolbar badge redraws from it with no page open.
const transfersChanged = () => {
  broadcast('transfers.changed');
  void badge.update();
};
const live = createLiveProgress(transfersChanged);
onUploadProgress(live.report);
const keepAwake = createKeepAwake(() => browser.runtime.getPlatformInfo());
const transfers = createTransferManager({
  s3,
  store: transferStore,
  changed: transfersChanged,
  now: Date.now,
  watch: keepWatch,
  live,
  keepAwake,
  settled: (record) => notify(notifyTransferSettled(notifier, record)),
});
// A click on one of Tote's notifications opens Tote: its file browser in a tab (a popup cannot be opened without a click on it).
const openTote = (id: string) => {
  if (!notifier.owns(id)) return;
  void browser.notifications.clear(id);
  void browser.tabs.create({ url: browser.runtime.getURL('panel/index.html') });
};
const badge = createTransferBadge({ list: () => transfers.list(), seen: record('failuresSeenAt'), draw: drawOnToolbar, now: Date.now });

const commanded = commandListener({
  menuClicked: page.menuClicked,
  // Chrome's sidePanel (the polyfill passes it through); Firefox's sidebar opens on its own command.
  openPanel: (tab) => (browser as unknown as { sidePanel: { open(options: { windowId?: number }): Promise<void> } }).sidePanel.open({ windowId: tab.windowId }),
  activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
});

const extensionOrigin = browser.runtime.getURL('').replace(/\/$/, '');
const route = createRouter({
  self: { id: browser.runtime.id, origin: extensionOrigin },
  handlers: createHandlers({
    instance: { id: crypto.randomUUID(), startedAt: Date.now() },
    status: {
      version: browser.runtime.getManifest().version,
      browser: BUILD_BROWSER,
      development: DEVELOPMENT_BUILD,
      loadSettings: currentSettings,
    },
    auth: identity.service,
    s3,
    listings,
    transfers,
    badge,
    page: page.handlers,
    menuClicked: page.menuClicked,
    commanded,
    notifications: { recent: notifier.recent, clicked: openTote },
    settings: settingsAccess(
      (saved) => {
        identity.broker.settingsChanged(saved);
        void page.syncBridge();
        broadcast('settings.changed');
        broadcast('auth.changed');
      },
      () => listings.forget(),
    ),
    diagnostics: { signedInToken: signedInToken(identity.auth, currentSettings, Date.now), preflight: browserPreflight, origin: extensionOrigin },
  }),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
// Chrome's worker streams "Download as .zip" archives; its requests go through the router as the zip page's.
if (BUILD_BROWSER === 'chrome') {
  const zipPage: Runtime.MessageSender = { id: browser.runtime.id, url: browser.runtime.getURL('zip/index.html') };
  serveZipStreams(
    extensionOrigin,
    createClient(async (message) => route(message, zipPage)),
  );
}
const welcome = welcomeOnInstall({ settings: currentSettings, openOptionsPage: () => browser.runtime.openOptionsPage() });
browser.runtime.onInstalled.addListener(
  (details) => void welcome(details).catch((error: unknown) => console.error('Tote: could not open the settings page', error)),
);
browser.commands.onCommand.addListener(
  (command, tab) => void commanded(command, tab).catch((error: unknown) => console.error(`Tote: the shortcut ${command} failed`, error)),
);
browser.notifications.onClicked.addListener(openTote);
listenForRefreshAlarm(identity.broker);
page.listen();
void page.syncBridge();
listenForWatchdog(() => transfers.resumeInterrupted());
void badge.update();
// An upload a stop interrupted carries on from its last finished part.
transfers.resumeInterrupted().catch((error: unknown) => console.error('Tote: could not resume uploads', error));
