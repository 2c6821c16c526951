/**
 * Wires the page integration (docs/architecture.md, Page integration): "Save to Tote" context menu items and the consented page
 * bridge. Listeners are added synchronously at the background's start (see index.ts), so a menu
 * click or bridge message that wakes a stopped background is not missed.
 */
import { browser } from '../src/browser.ts';
import { BUILD_BROWSER } from '../src/build-info.ts';
import type { Settings } from '../src/settings/schema.ts';
import { consentBackoff } from './bridge/consent-backoff.ts';
import { recordOutcome } from './bridge/consent-outcome.ts';
import { consentPrompt } from './bridge/consent-prompt.ts';
import { consentStore } from './bridge/consent-store.ts';
import { promptWindows } from './bridge/prompt-windows.ts';
import { syncBridgeScripts } from './bridge/registration.ts';
import { tabInFront } from './bridge/tab-in-front.ts';
import { pageHandlers } from './handlers/page.ts';
import { menuItemsFor } from './page-save/menu-items.ts';
import { tabNotice } from './page-save/notice-channel.ts';
import { menuClickListener } from './page-save/on-menu-click.ts';
import { createPageSaver } from './page-save/save-from-page.ts';
import { tabReader } from './page-save/tab-reader.ts';
import type { S3Context } from './s3/s3-context.ts';
import { indexedDbKeyValue } from './storage/key-value.ts';

export function createPageIntegration(s3: S3Context, settings: () => Promise<Settings | undefined>, saved: (key: string) => void = () => undefined) {
  const consentDatabase = indexedDbKeyValue('tote-bridge-consents');
  const consents = consentStore(consentDatabase);
  const backoff = consentBackoff(consentDatabase);
  const prompt = consentPrompt(promptWindows, recordOutcome(consents, backoff));
  const clicked = menuClickListener(createPageSaver({ s3, settings, notice: tabNotice, tab: tabReader }));
  const menuClicked: typeof clicked = (info, tab) => {
    const saving = clicked(info, tab);
    // The save tells its own failures in the page; only a finished save is news for a notification.
    saving?.then((key) => key !== undefined && saved(key)).catch(() => undefined);
    return saving;
  };
  const scopes = async () => (await settings())?.contentScopes ?? [];
  return {
    handlers: pageHandlers({ s3, scopes, consents, backoff, prompt, tabInFront, settings }),
    /** For the development-only simulated menu click (handlers/dev.ts). */
    menuClicked,
    syncBridge: () =>
      scopes()
        .then(syncBridgeScripts)
        .catch((error: unknown) => console.error('Tote: could not register the page bridge', error)),
    listen() {
      browser.contextMenus.onClicked.addListener(menuClicked);
      browser.runtime.onInstalled.addListener(() => {
        void browser.contextMenus.removeAll().then(() => {
          for (const item of menuItemsFor(BUILD_BROWSER)) browser.contextMenus.create({ id: item.id, title: item.title, contexts: item.contexts });
        });
      });
      browser.windows.onRemoved.addListener((windowId) => prompt.windowClosed(windowId));
    },
  };
}

export type PageIntegration = ReturnType<typeof createPageIntegration>;
