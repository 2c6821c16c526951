/**
 * Keyboard shortcuts (manifest `commands`; the user changes them in the browser's shortcut
 * settings). `_execute_action` is the browser's own and never reaches this listener. The rest
 * run with the key press's user gesture, which grants `activeTab` on the tab in front, as a
 * context-menu click does: "Save this page to Tote" is the menu's "Save page to Tote (HTML)",
 * "Save a screenshot of this tab to Tote" the menu item of that name.
 */
import type { Tabs } from '../../src/browser.ts';
import type { MenuClick } from '../page-save/menu-items.ts';

export const COMMANDS = {
  savePage: 'save-page',
  saveScreenshot: 'save-screenshot',
  /** Chrome only: Firefox's build renames it to `_execute_sidebar_action`, which the browser runs itself (scripts/build/manifest.ts). */
  openPanel: 'open-side-panel',
} as const;

export interface CommandDependencies {
  /** The context menu's click listener (background/page-save/on-menu-click.ts). */
  menuClicked(info: MenuClick, tab: Tabs.Tab | undefined): Promise<string | undefined> | undefined;
  /** Opens the side panel in the tab's window; must run in the key press's turn (a user gesture). */
  openPanel(tab: Tabs.Tab): Promise<void>;
  /** The tab in front, for a browser that passes none with the command. */
  activeTab(): Promise<Tabs.Tab | undefined>;
}

/** Resolves to the saved key where there is one (browsers ignore it; the development test hook reads it). */
export function commandListener(deps: CommandDependencies) {
  const save = (menuItemId: string) => (tab: Tabs.Tab | undefined) =>
    deps.menuClicked({ menuItemId, ...(tab?.url ? { pageUrl: tab.url } : {}) }, tab) ?? Promise.resolve(undefined);
  /** Each saving shortcut is the context menu item of the same name. */
  const saves: Record<string, ReturnType<typeof save>> = {
    [COMMANDS.savePage]: save('tote-save-page-html'),
    [COMMANDS.saveScreenshot]: save('tote-save-screenshot'),
  };
  return (command: string, tab?: Tabs.Tab): Promise<string | undefined> => {
    if (command === COMMANDS.openPanel && tab) return deps.openPanel(tab).then(() => undefined);
    const run = Object.hasOwn(saves, command) ? saves[command] : undefined;
    if (run === undefined) return Promise.resolve(undefined);
    // Called in the same turn when the browser names the tab, while the key press still counts as a user gesture.
    return tab ? run(tab) : deps.activeTab().then(run);
  };
}

export type CommandListener = ReturnType<typeof commandListener>;
