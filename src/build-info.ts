/** Constants the build substitutes (see scripts/build.ts); unit tests define them in vitest.config.ts. */
declare const __TOTE_BROWSER__: 'chrome' | 'firefox';
declare const __TOTE_DEVELOPMENT__: boolean;

export type BrowserName = 'chrome' | 'firefox';

/** Which browser this bundle was built for. */
export const BUILD_BROWSER: BrowserName = __TOTE_BROWSER__;

/** Development builds pin the extension id, default to the devstack and carry test probes. */
export const DEVELOPMENT_BUILD: boolean = __TOTE_DEVELOPMENT__;
