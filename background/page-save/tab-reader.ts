/** Reads from a tab for saving: runs page-scripts.ts functions there, or captures MHTML (Chrome). */
import { t } from '../../src/i18n/t.ts';
import { browser } from '../../src/browser.ts';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { collectSelection, serializePage, type PageSelection } from './page-scripts.ts';
import type { TabReader } from './save-from-page.ts';

/** Enough for long articles; a selection larger than this is cut short rather than stalling the tab. */
const MAX_SELECTION_NODES = 20_000;

async function runInTab<T>(tabId: number, func: (...args: never[]) => T, args: unknown[] = []): Promise<T> {
  let results: Array<{ result?: unknown }>;
  try {
    results = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: func as () => void, args: args as never[] });
  } catch (error) {
    throw new ToteError(ErrorCode.Forbidden, t('errorPageOffLimits'), { cause: error });
  }
  return results[0]?.result as T;
}

interface PageCapture {
  saveAsMHTML(details: { tabId: number }): Promise<Blob | undefined>;
}

export const tabReader: TabReader = {
  selection: (tabId) => runInTab<PageSelection>(tabId, collectSelection, [MAX_SELECTION_NODES]),
  html: (tabId) => runInTab(tabId, serializePage),
  async screenshot(tabId) {
    const tab = await browser.tabs.get(tabId);
    let dataUrl: string;
    try {
      dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
    } catch (error) {
      throw new ToteError(ErrorCode.Forbidden, t('errorScreenshotRefused', t('menuSaveScreenshot')), { cause: error });
    }
    return (await fetch(dataUrl)).blob();
  },
  async mhtml(tabId) {
    const capture = (browser as unknown as { pageCapture?: PageCapture }).pageCapture;
    if (capture === undefined) throw new ToteError(ErrorCode.Forbidden, t('errorMhtmlPermission'));
    const blob = await capture.saveAsMHTML({ tabId });
    if (!blob) throw new ToteError(ErrorCode.Internal, t('errorMhtmlEmpty'), { retryable: true });
    return blob;
  },
};
