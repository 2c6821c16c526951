/**
 * The one place that imports the WebExtension API: `webextension-polyfill` gives Chrome the
 * promise-based `browser` namespace Firefox has natively, in every context.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
export { browser };
