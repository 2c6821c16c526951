/** The consent prompt as a small extension window (consent/index.html). */
import { browser } from '../../src/browser.ts';
import type { PromptWindows } from './consent-prompt.ts';

export const promptWindows: PromptWindows = {
  async open(origin) {
    const url = browser.runtime.getURL(`consent/index.html?origin=${encodeURIComponent(origin)}`);
    const created = await browser.windows.create({ url, type: 'popup', width: 460, height: 320 });
    return created.id;
  },
  close: (windowId) => browser.windows.remove(windowId),
};
