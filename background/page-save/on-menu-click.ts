/**
 * The context menu's click listener. Permissions are asked for synchronously inside the click
 * (browsers only show a permission prompt during a user gesture): the target's origin for an
 * image or link on another site (in Chrome the tab's own origin is covered by `activeTab`), or
 * `pageCapture` for MHTML. A refusal ends the save with a notice that says so. What was granted
 * for the save is given back when it ends (permission-lease.ts). An address on the user's own
 * network that the page may not reach is not asked for at all: the fetch refuses it.
 */
import { t } from '../../src/i18n/t.ts';
import { browser, type Tabs } from '../../src/browser.ts';
import type { Permissions } from 'webextension-polyfill';
import { BUILD_BROWSER } from '../../src/build-info.ts';
import { hostPattern } from '../../src/page/host-pattern.ts';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { kindOfMenuItem, type MenuClick, type SaveKind } from './menu-items.ts';
import { mayFetchFrom } from './network-class.ts';
import { permissionLeases, type Lease } from './permission-lease.ts';

export type Save = (kind: SaveKind, click: MenuClick, tabId: number, ready: Promise<void>) => Promise<string | undefined>;

/**
 * Whether the click's `activeTab` grant lets the background fetch from the tab's own origin.
 * Chrome widens the extension's network (CORS) access with the grant; Firefox ties it to the
 * tab's document (bug 2086712), so there the tab's origin is asked for like any other.
 */
const ACTIVE_TAB_COVERS_FETCH = BUILD_BROWSER === 'chrome';

/** The origin to ask for: the target's http(s) origin, unless it is the tab's own and activeTab covers it. */
export function originToRequest(
  kind: SaveKind,
  click: MenuClick,
  tabUrl: string | undefined,
  activeTabCoversFetch = ACTIVE_TAB_COVERS_FETCH,
): string | undefined {
  const target = kind === 'image' ? click.srcUrl : kind === 'link' ? click.linkUrl : undefined;
  if (target === undefined) return undefined;
  try {
    const origin = new URL(target).origin;
    const tabOrigin = tabUrl ?? click.pageUrl;
    if (!/^https?:/.test(origin)) return undefined;
    if (!mayFetchFrom(target, tabOrigin)) return undefined;
    if (activeTabCoversFetch && tabOrigin !== undefined && new URL(tabOrigin).origin === origin) return undefined;
    return origin;
  } catch {
    return undefined;
  }
}

const NOTHING_TO_ASK: Lease = { held: Promise.resolve(true), release: async () => undefined };

function requestPermission(
  acquire: (wanted: Permissions.Permissions) => Lease,
  kind: SaveKind,
  click: MenuClick,
  tab: Tabs.Tab,
): { ready: Promise<void>; lease: Lease } {
  const origin = originToRequest(kind, click, tab.url);
  // `pageCapture` is Chrome-only, so the polyfill's types do not list it.
  const wanted =
    kind === 'page-mhtml' ? ({ permissions: ['pageCapture'] } as unknown as Permissions.Permissions) : origin ? { origins: [hostPattern(origin)] } : undefined;
  // Acquired before any await: the click's user gesture is still current.
  const lease = wanted === undefined ? NOTHING_TO_ASK : acquire(wanted);
  const ready = lease.held.then((held) => {
    if (held) return;
    throw new ToteError(ErrorCode.Forbidden, origin ? t('errorSaveFetchNotAllowed', new URL(origin).host) : t('errorSaveMhtmlNotAllowed'));
  });
  return { ready, lease };
}

export function menuClickListener(save: Save, acquire = permissionLeases(browser.permissions)) {
  /** Resolves to the saved key (browsers ignore the result; the development test hook reads it). */
  return (info: MenuClick, tab: Tabs.Tab | undefined): Promise<string | undefined> | undefined => {
    const kind = kindOfMenuItem(info.menuItemId);
    if (kind === undefined || tab?.id === undefined || tab.id < 0) return undefined;
    const { ready, lease } = requestPermission(acquire, kind, info, tab);
    // The save reports its own failures in the page; a rejected `ready` must not go unhandled meanwhile.
    ready.catch(() => undefined);
    // The page the save is judged by is the tab's, as the browser reports it.
    const pageUrl = tab.url ?? info.pageUrl;
    const click = pageUrl === undefined ? info : { ...info, pageUrl };
    return save(kind, click, tab.id, ready).finally(() => lease.release());
  };
}
