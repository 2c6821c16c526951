/**
 * Background entry (Chrome service worker, Firefox event page): only wires things together.
 * The `runtime.onMessage` listener is added synchronously at start, so a message that woke a
 * stopped worker is not missed.
 */
import { browser, type Runtime } from '../src/browser.ts';
import { BUILD_BROWSER, DEVELOPMENT_BUILD } from '../src/build-info.ts';
import { loadSettings } from '../src/settings/load.ts';
import { createHandlers } from './handlers/table.ts';
import { createRouter } from './router.ts';

const route = createRouter({
  self: { id: browser.runtime.id, origin: browser.runtime.getURL('').replace(/\/$/, '') },
  handlers: createHandlers({
    instance: { id: crypto.randomUUID(), startedAt: Date.now() },
    status: {
      version: browser.runtime.getManifest().version,
      browser: BUILD_BROWSER,
      development: DEVELOPMENT_BUILD,
      loadSettings: () => loadSettings(browser.storage.local),
    },
  }),
  // No content-script scopes exist yet: every `scoped` message is refused to content scripts.
  contentScopeAllows: async () => false,
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
