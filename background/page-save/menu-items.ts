/**
 * The "Save to Tote" context menu items. Registered on `runtime.onInstalled` (menus persist
 * across background restarts in both browsers); the click listener is added at the top level of
 * the background, so a click wakes a stopped worker and is not missed.
 */
import { t } from '../../src/i18n/t.ts';
import type { BrowserName } from '../../src/build-info.ts';

export type SaveKind = 'image' | 'link' | 'selection-md' | 'selection-txt' | 'page-html' | 'page-mhtml' | 'screenshot';

interface MenuItem {
  id: `tote-save-${SaveKind}`;
  kind: SaveKind;
  title: string;
  contexts: Array<'image' | 'link' | 'selection' | 'page'>;
}

export const MENU_ITEMS: MenuItem[] = [
  { id: 'tote-save-image', kind: 'image', title: t('menuSaveImage'), contexts: ['image'] },
  { id: 'tote-save-link', kind: 'link', title: t('menuSaveLink'), contexts: ['link'] },
  { id: 'tote-save-selection-md', kind: 'selection-md', title: t('menuSaveSelectionMarkdown'), contexts: ['selection'] },
  { id: 'tote-save-selection-txt', kind: 'selection-txt', title: t('menuSaveSelectionText'), contexts: ['selection'] },
  { id: 'tote-save-page-html', kind: 'page-html', title: t('menuSavePageHtml'), contexts: ['page'] },
  // Only Chrome has pageCapture (MHTML); Firefox has no equivalent API.
  { id: 'tote-save-page-mhtml', kind: 'page-mhtml', title: t('menuSavePageMhtml'), contexts: ['page'] },
  // What the tab shows (tabs.captureVisibleTab, allowed by the click's activeTab grant), as PNG.
  { id: 'tote-save-screenshot', kind: 'screenshot', title: t('menuSaveScreenshot'), contexts: ['page'] },
];

export function menuItemsFor(browser: BrowserName): MenuItem[] {
  return MENU_ITEMS.filter((item) => browser === 'chrome' || item.kind !== 'page-mhtml');
}

export function kindOfMenuItem(id: unknown): SaveKind | undefined {
  return MENU_ITEMS.find((item) => item.id === id)?.kind;
}

/** The few fields of the browser's click info that saving reads. */
export interface MenuClick {
  menuItemId: string | number;
  srcUrl?: string;
  linkUrl?: string;
  pageUrl?: string;
  selectionText?: string;
}
