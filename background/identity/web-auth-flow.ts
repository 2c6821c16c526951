/** The browser's `identity.launchWebAuthFlow`, behind an interface so the flow can be unit tested. */
import { browser } from '../../src/browser.ts';

export interface WebAuthFlow {
  /** Opens `url` and resolves to the URL the provider redirected to (under `redirectUrl()`). */
  launch(url: string, interactive: boolean): Promise<string>;
  redirectUrl(): string;
}

export const browserWebAuthFlow: WebAuthFlow = {
  async launch(url, interactive) {
    const redirected = await browser.identity.launchWebAuthFlow({ url, interactive });
    if (typeof redirected !== 'string') throw new Error('The sign-in window closed without an answer.');
    return redirected;
  },
  redirectUrl: () => browser.identity.getRedirectURL(),
};
