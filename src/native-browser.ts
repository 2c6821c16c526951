/**
 * The browsers' own promise-based WebExtension API, for extension pages: Firefox's `browser`,
 * Chrome's MV3 `chrome` (whose calls return promises too). scripts/build.ts gives page bundles
 * this in place of `webextension-polyfill`, which they do not need and which would be 9.5 KiB of
 * every page; the background keeps the polyfill, whose `onMessage` answers with promises in Chrome.
 */
import type Browser from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };

export default (scope.browser ?? scope.chrome) as typeof Browser;
