import { describe, expect, it, vi } from 'vitest';
import { OPEN_PANEL_COMMAND } from '../../scripts/build/manifest.ts';
import { COMMANDS, commandListener } from './command-listener.ts';

describe('the keyboard shortcuts listener', () => {
  it('saves the page in front as HTML, through the context menu listener, with the tab the browser names', async () => {
    const menuClicked = vi.fn(async () => 'private/x/inbox/page.html');
    const activeTab = vi.fn(async () => undefined);
    const listener = commandListener({ menuClicked, activeTab, openPanel: async () => undefined });
    const tab = { id: 4, url: 'https://example.com/a', index: 0, highlighted: true, active: true, pinned: false, incognito: false };
    expect(await listener(COMMANDS.savePage, tab)).toBe('private/x/inbox/page.html');
    expect(menuClicked).toHaveBeenCalledWith({ menuItemId: 'tote-save-page-html', pageUrl: 'https://example.com/a' }, tab);
    expect(activeTab).not.toHaveBeenCalled();
  });

  it('saves a screenshot of the tab through the menu item of the same name', async () => {
    const menuClicked = vi.fn(async () => 'private/x/inbox/Screenshot.png');
    const tab = { id: 4, url: 'https://example.com/a', index: 0, highlighted: true, active: true, pinned: false, incognito: false };
    await commandListener({ menuClicked, activeTab: async () => undefined, openPanel: async () => undefined })(COMMANDS.saveScreenshot, tab);
    expect(menuClicked).toHaveBeenCalledWith({ menuItemId: 'tote-save-screenshot', pageUrl: 'https://example.com/a' }, tab);
  });

  it('asks for the tab in front when the browser passes none', async () => {
    const tab = { id: 9, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
    const menuClicked = vi.fn(async () => undefined);
    await commandListener({ menuClicked, activeTab: async () => tab, openPanel: async () => undefined })(COMMANDS.savePage);
    expect(menuClicked).toHaveBeenCalledWith({ menuItemId: 'tote-save-page-html' }, tab);
  });

  it('opens the side panel in the window of the tab the command came from', async () => {
    const openPanel = vi.fn(async () => undefined);
    const tab = { id: 2, windowId: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
    await commandListener({ menuClicked: vi.fn(), activeTab: async () => undefined, openPanel })(COMMANDS.openPanel, tab);
    expect(openPanel).toHaveBeenCalledWith(tab);
  });

  it('names the panel command as the Firefox build renames it', () => {
    expect(COMMANDS.openPanel).toBe(OPEN_PANEL_COMMAND);
  });

  it('does nothing for a command it does not know', async () => {
    const menuClicked = vi.fn(async () => 'x');
    expect(await commandListener({ menuClicked, activeTab: async () => undefined, openPanel: async () => undefined })('tote-save-image')).toBeUndefined();
    expect(menuClicked).not.toHaveBeenCalled();
  });
});
