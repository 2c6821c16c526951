/**
 * The consent question as a small extension window (consent/index.html). Its URL carries the
 * question: id (to answer with), origin and the exact scope to show, all set here by the
 * background, so the window shows what the answer will be stored with.
 */
import { browser } from '../../src/browser.ts';
import { consentWindowQuery } from '../../src/page/consent-scope.ts';
import type { PromptWindows } from './consent-prompt.ts';

export const promptWindows: PromptWindows = {
  async open(question) {
    const url = browser.runtime.getURL(`consent/index.html?${consentWindowQuery(question)}`);
    const created = await browser.windows.create({ url, type: 'popup', width: 520, height: 500, focused: true });
    return created.id;
  },
  close: (windowId) => browser.windows.remove(windowId),
};
