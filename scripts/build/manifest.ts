/**
 * Turns the one source manifest into the Chrome and Firefox variants. Chrome runs the background as
 * a service worker and ignores gecko settings; Firefox runs it as an event page from `scripts`.
 */
export type Target = 'chrome' | 'firefox';

export interface ManifestOptions {
  target: Target;
  /** Development builds pin the Chrome extension id and carry the loopback test content script. */
  development: boolean;
}

/** Public key (base64 DER) that pins the development extension id; the private key was discarded. */
export const DEVELOPMENT_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAypRKVmrp+te97sV4O3A/GIwiUW3hSNxpZpqbg2RI0KWPsJxkGPf4NUXUzt2cVWtOaA075QvJQQHZOCKagVniF1i/r7KCFtw+QL5Np40FN5/xpSfB2ywxma4FBCN1ah+niO4SLy0rWN/QrSSsgfXRyoyhiP1eHTUcjuEtBT5w3T+K0Nvum4T4ro1uA37ty+Zt1JowpqgLXlirVKLBe0DhvsAzpsRbg4Ede4iW5HYGE65UdMxVbHjPR32ANBtELONjsJn6j191TJr1aOGcqDsJf0xTu8/yBpzIZluTOMhEjTz5UkEbTxiF0QGAd5it+CmO2YnojtZQpmRsl854tEaREwIDAQAB';

/** Pages a development build's probe content script runs on: loopback only, for tests. */
export const PROBE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

type Json = Record<string, unknown>;

/** The shortcut that opens Chrome's side panel (background/shortcuts/command-listener.ts). */
export const OPEN_PANEL_COMMAND = 'open-side-panel';

export function manifestFor(source: Json, { target, development }: ManifestOptions): Json {
  const manifest: Json = structuredClone(source);
  const background = manifest.background as Json;
  if (target === 'chrome') {
    delete background.scripts;
    delete manifest.browser_specific_settings;
    // Messages carry real File/Blob/ArrayBuffer instead of JSON (Chromium 156, docs/architecture.md, Messaging): a File
    // crosses to the worker as a handle in milliseconds. Firefox clones messages by itself.
    manifest.message_serialization = 'structured_clone';
    // The upload relay's offscreen document (XHR reports upload progress; the worker has none).
    manifest.permissions = [...(manifest.permissions as string[]), 'offscreen'];
    // Chrome's side panel is `side_panel`; Firefox's sidebar is `sidebar_action`.
    delete manifest.sidebar_action;
    if (development) manifest.key = DEVELOPMENT_PUBLIC_KEY;
  } else {
    delete background.service_worker;
    delete manifest.minimum_chrome_version;
    delete manifest.side_panel;
    manifest.permissions = (manifest.permissions as string[]).filter((name) => name !== 'sidePanel');
    // Firefox opens the sidebar itself on its reserved command; Chrome's listener opens the side panel.
    const commands = manifest.commands as Record<string, unknown>;
    commands._execute_sidebar_action = commands[OPEN_PANEL_COMMAND];
    delete commands[OPEN_PANEL_COMMAND];
    // Firefox has no pageCapture (MHTML); its menu item is Chrome-only too.
    manifest.optional_permissions = ((manifest.optional_permissions as string[] | undefined) ?? []).filter((name) => name !== 'pageCapture');
    if ((manifest.optional_permissions as string[]).length === 0) delete manifest.optional_permissions;
  }
  if (development) {
    manifest.content_scripts = [{ matches: PROBE_MATCHES, js: ['content/probe.js'], run_at: 'document_idle' }];
    // Tests cannot click a native context menu, so no click grants `activeTab`; loopback host
    // access stands in for it (scripting the tab, fetching its images). Release builds ask at use.
    manifest.host_permissions = PROBE_MATCHES;
  }
  return manifest;
}
