/**
 * Handlers of the development-only messages (src/messaging/dev-protocol.ts). Only a development
 * build calls `devHandlers` (background/handlers/table.ts), so a release build drops this file's code.
 */
import { browser, type Tabs } from '../../src/browser.ts';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { DevMessageName } from '../../src/messaging/protocol.ts';
import type { MenuClick } from '../page-save/menu-items.ts';
import type { CommandListener } from '../shortcuts/command-listener.ts';
import type { Shown } from '../notifications/notifier.ts';
import type { Handler } from '../router.ts';

export interface DevHandlerDependencies {
  /** The very listener registered on `contextMenus.onClicked`. */
  menuClicked(info: MenuClick, tab: Tabs.Tab | undefined): Promise<string | undefined> | undefined;
  /** The very listener registered on `commands.onCommand`. */
  commanded: CommandListener;
  notifications: { recent(): Shown[]; clicked(id: string): void };
}

/**
 * The tab showing `url`. Without the "tabs" permission tabs carry no URL, so each tab is asked
 * where it is (this only works on pages Tote may script: loopback in development builds).
 */
async function tabShowing(url: string): Promise<Tabs.Tab | undefined> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined) continue;
    const results = await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, func: () => location.href }).catch(() => []);
    if (results[0]?.result === url) return tab;
  }
  return undefined;
}

/** Clicks a context menu item on the tab showing the page, through the very listener the menu has. */
function menuClickHandler(menuClicked: DevHandlerDependencies['menuClicked']): Handler<'dev.menuClick'> {
  return async (request) => {
    const tab = await tabShowing(request.pageUrl);
    if (tab === undefined) throw new ToteError(ErrorCode.NotFound, `No open tab shows ${request.pageUrl}.`);
    const key = await menuClicked(request.info, tab);
    return key === undefined ? {} : { key };
  };
}

function notificationsHandler(notifications: DevHandlerDependencies['notifications']): Handler<'dev.notifications'> {
  return async () => notifications.recent();
}

function notificationClickHandler(notifications: DevHandlerDependencies['notifications']): Handler<'dev.notificationClick'> {
  return async (request) => {
    notifications.clicked(request.id);
    return { clicked: true };
  };
}

/** Runs a keyboard shortcut on the tab showing the page, through the very listener the commands have. */
function commandHandler(commanded: CommandListener): Handler<'dev.command'> {
  return async (request) => {
    const tab = await tabShowing(request.pageUrl);
    if (tab === undefined) throw new ToteError(ErrorCode.NotFound, `No open tab shows ${request.pageUrl}.`);
    const key = await commanded(request.command, tab);
    return key === undefined ? {} : { key };
  };
}

export function devHandlers(deps: DevHandlerDependencies): { [N in DevMessageName]: Handler<N> } {
  return {
    'dev.menuClick': menuClickHandler(deps.menuClicked),
    'dev.notifications': notificationsHandler(deps.notifications),
    'dev.notificationClick': notificationClickHandler(deps.notifications),
    'dev.command': commandHandler(deps.commanded),
  };
}
