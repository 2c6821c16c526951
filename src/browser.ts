/**
 * The one place that imports the WebExtension API. In the background and the offscreen document
 * it is `webextension-polyfill`; extension pages are built with the browsers' own API in its place
 * (src/native-browser.ts, scripts/build/native-browser-plugin.ts). The polyfill gives Chrome the
 * promise-based `browser` namespace Firefox has natively.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
export { browser };
