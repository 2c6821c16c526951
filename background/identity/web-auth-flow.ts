/** The browser's `identity.launchWebAuthFlow`, behind an interface so the flow can be unit tested. */
import { browser } from '../../src/browser.ts';
import { BUILD_BROWSER } from '../../src/build-info.ts';

export interface WebAuthFlow {
  /** Opens `url` and resolves to the URL the provider redirected to (under `redirectUrl()`). */
  launch(url: string, interactive: boolean): Promise<string>;
  redirectUrl(): string;
}

/**
 * Chrome gives up on a non-interactive flow as soon as the first page loads; a provider whose
 * logout page redirects by script needs it to wait a little. Firefox knows neither option (and
 * refuses unknown ones), and follows such redirects by itself.
 */
const CHROME_NON_INTERACTIVE = { abortOnLoadForNonInteractive: false, timeoutMsForNonInteractive: 10_000 };

export const browserWebAuthFlow: WebAuthFlow = {
  async launch(url, interactive) {
    const extra = BUILD_BROWSER === 'chrome' && !interactive ? CHROME_NON_INTERACTIVE : {};
    const redirected = await browser.identity.launchWebAuthFlow({ url, interactive, ...extra });
    if (typeof redirected !== 'string') throw new Error('The sign-in window closed without an answer.');
    return redirected;
  },
  redirectUrl: () => browser.identity.getRedirectURL(),
};
