/**
 * In-memory stand-in for `webextension-polyfill`, for unit tests only (vitest aliases the
 * package to this file in the "unit" project). It models what the code under test relies on:
 * runtime messaging between one background listener set and callers, and storage areas.
 */
import type { Runtime } from 'webextension-polyfill';
import english from '../../_locales/en/messages.json' with { type: 'json' };

type Listener = (message: unknown, sender: Runtime.MessageSender) => unknown;

export const EXTENSION_ID = 'fakeextensionidaaaaaaaaaaaaaaaaa';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;

/** The sender the next `runtime.sendMessage` reports; defaults to the popup page. */
let currentSender: Runtime.MessageSender = { id: EXTENSION_ID, url: `${ORIGIN}/popup/index.html` };
const messageListeners = new Set<Listener>();

export function sendAs(sender: Runtime.MessageSender): void {
  currentSender = sender;
}

export function resetFakeBrowser(): void {
  currentSender = { id: EXTENSION_ID, url: `${ORIGIN}/popup/index.html` };
  messageListeners.clear();
  for (const area of Object.values(storage)) area.clear();
}

function event<T>(listeners: Set<T>) {
  return {
    addListener: (listener: T) => void listeners.add(listener),
    removeListener: (listener: T) => void listeners.delete(listener),
    hasListener: (listener: T) => listeners.has(listener),
  };
}

class FakeStorageArea {
  #items = new Map<string, unknown>();

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.#items.keys()] : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((key) => this.#items.has(key)).map((key) => [key, structuredClone(this.#items.get(key))]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.#items.set(key, structuredClone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.#items.delete(key);
  }

  async clear(): Promise<void> {
    this.#items.clear();
  }
}

const storage = { local: new FakeStorageArea(), session: new FakeStorageArea(), sync: new FakeStorageArea() };

/** Like both browsers: `$1`…`$9` replaced, `$$` a dollar sign, an unknown key an empty string. */
function getMessage(key: string, substitutions: string | string[] = []): string {
  const entry = (english as Record<string, { message: string } | undefined>)[key];
  const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return entry === undefined ? '' : entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}

const browser = {
  i18n: { getMessage, getUILanguage: () => 'en' },
  runtime: {
    id: EXTENSION_ID,
    getURL: (path: string) => `${ORIGIN}/${path.replace(/^\//, '')}`,
    getManifest: () => ({ manifest_version: 3, name: 'Tote', version: '0.0.0-test' }),
    onMessage: event(messageListeners),
    openOptionsPage: async () => undefined,
    onInstalled: event(new Set<() => void>()),
    /** Like the browser: the first listener that returns a promise answers; none → an error. */
    async sendMessage(message: unknown): Promise<unknown> {
      // Messages are copied between contexts in a real browser; so are they here.
      const copy = structuredClone(message);
      for (const listener of messageListeners) {
        const answer = listener(copy, currentSender);
        if (answer instanceof Promise) return structuredClone(await answer);
      }
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
  },
  storage,
  alarms: {
    create: async () => undefined,
    clear: async () => true,
    onAlarm: event(new Set<(alarm: { name: string }) => void>()),
  },
  // Page integration (docs/architecture.md): the background registers these at start; unit tests only need them to exist.
  contextMenus: {
    create: () => undefined,
    removeAll: async () => undefined,
    onClicked: event(new Set<(info: unknown, tab: unknown) => void>()),
  },
  // Shortcuts, the toolbar badge and notifications (docs/architecture.md): registered or drawn at start.
  commands: { onCommand: event(new Set<(command: string, tab: unknown) => void>()) },
  action: {
    badge: { text: '', color: '' },
    async setBadgeText({ text }: { text: string }) {
      this.badge.text = text;
    },
    async setBadgeBackgroundColor({ color }: { color: string }) {
      this.badge.color = color;
    },
  },
  notifications: {
    created: [] as Array<{ id: string; options: unknown }>,
    async create(id: string, options: unknown) {
      this.created.push({ id, options });
      return id;
    },
    clear: async () => true,
    onClicked: event(new Set<(id: string) => void>()),
  },
  tabs: { create: async () => ({ id: 2 }), query: async () => [] },
  windows: {
    create: async () => ({ id: 1 }),
    remove: async () => undefined,
    onRemoved: event(new Set<(windowId: number) => void>()),
  },
  scripting: {
    registered: [] as Array<{ id: string; matches: string[] }>,
    async getRegisteredContentScripts(filter?: { ids?: string[] }) {
      return this.registered.filter((script) => filter?.ids?.includes(script.id) ?? true);
    },
    async registerContentScripts(scripts: Array<{ id: string; matches: string[] }>) {
      this.registered.push(...scripts);
    },
    async unregisterContentScripts(filter?: { ids?: string[] }) {
      this.registered = this.registered.filter((script) => !(filter?.ids?.includes(script.id) ?? true));
    },
  },
  identity: {
    getRedirectURL: () => `https://${EXTENSION_ID}.chromiumapp.org/`,
    launchWebAuthFlow: async (): Promise<string> => {
      throw new Error('The user did not approve access.');
    },
  },
};

export default browser;
