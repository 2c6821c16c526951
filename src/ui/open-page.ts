/** Opens one of Tote's pages in a tab of its own (the popup would close under it). */
import { browser } from '../browser.ts';

export function openPage(path: string, hash: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(path) + hash });
}
