/**
 * Shows save progress in the tab: injects content/notice.js (once per page; it guards itself) and
 * sends it states. A page where nothing can be injected (browser pages, the web store) just gets
 * no notice; the save itself goes on.
 */
import { browser } from '../../src/browser.ts';
import type { NoticeState } from '../../src/page/notice-state.ts';

export interface NoticeChannel {
  show(tabId: number, state: Omit<NoticeState, 'toteNotice'>): Promise<void>;
}

export const tabNotice: NoticeChannel = {
  async show(tabId, state) {
    try {
      if (state.phase === 'progress') {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['content/notice.js'] });
      }
      await browser.tabs.sendMessage(tabId, { toteNotice: 1, ...state } satisfies NoticeState, { frameId: 0 });
    } catch (error) {
      console.warn('Tote: no notice in this tab', error);
    }
  },
};
