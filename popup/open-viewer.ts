/** Opens a file in the viewer, in a tab of its own (the popup would close under it). */
import { browser } from '../src/browser.ts';
import { VIEWER_PAGE, viewerHash } from '../src/ui/viewer-url.ts';

export function openViewer(key: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(VIEWER_PAGE) + viewerHash(key) });
}
