/**
 * Whether a tab is the one shown in its window, as the browser (not the renderer) knows it. A
 * page gets a user activation only from the person using it, who sees its tab: a request from a
 * tab in the background claiming one is not asked about. Unlike the activation itself, this is
 * something a compromised renderer cannot claim.
 */
import { browser } from '../../src/browser.ts';

export async function tabInFront(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.active === true;
}
