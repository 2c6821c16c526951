import { describe, expect, it } from 'vitest';
import { kindOfMenuItem, menuItemsFor } from './menu-items.ts';
import { hostPattern } from '../../src/page/host-pattern.ts';
import { menuClickListener, originToRequest } from './on-menu-click.ts';
import type { Lease } from './permission-lease.ts';

describe('the context menu', () => {
  it('offers MHTML only in Chrome, and knows its own items only', () => {
    expect(menuItemsFor('chrome').map((item) => item.kind)).toContain('page-mhtml');
    expect(menuItemsFor('firefox').map((item) => item.kind)).not.toContain('page-mhtml');
    expect(kindOfMenuItem('tote-save-image')).toBe('image');
    expect(kindOfMenuItem('someone-else')).toBeUndefined();
  });

  it("asks for another site's origin at click time; the tab's own origin is covered by activeTab", () => {
    const page = 'https://blog.example/post';
    expect(originToRequest('image', { menuItemId: 'x', srcUrl: 'https://cdn.example/a.png' }, page)).toBe('https://cdn.example');
    expect(originToRequest('image', { menuItemId: 'x', srcUrl: 'https://blog.example/a.png' }, page)).toBeUndefined();
    expect(originToRequest('link', { menuItemId: 'x', linkUrl: 'http://files.example:8080/a.zip' }, page)).toBe('http://files.example:8080');
    expect(originToRequest('image', { menuItemId: 'x', srcUrl: 'data:image/png;base64,AA' }, page)).toBeUndefined();
    expect(originToRequest('selection-md', { menuItemId: 'x' }, page)).toBeUndefined();
    expect(hostPattern('http://files.example:8080')).toBe('http://files.example/*');
    // Where activeTab does not widen the background's fetch access (Firefox), the tab's origin is asked for too.
    expect(originToRequest('image', { menuItemId: 'x', srcUrl: 'https://blog.example/a.png' }, page, false)).toBe('https://blog.example');
  });

  it("asks for nothing on the user's own network that the page may not reach (the save refuses it without a prompt)", () => {
    const page = 'https://blog.example/post';
    expect(originToRequest('image', { menuItemId: 'x', srcUrl: 'http://192.168.1.1/cam.jpg' }, page)).toBeUndefined();
    expect(originToRequest('link', { menuItemId: 'x', linkUrl: 'http://169.254.169.254/latest/meta-data/' }, 'http://127.0.0.1:8080/')).toBeUndefined();
    expect(originToRequest('image', { menuItemId: 'x', srcUrl: 'http://localhost:9000/a.png' }, 'http://127.0.0.1:8080/')).toBe('http://localhost:9000');
  });

  it("judges the save by the tab's page, and gives the permission back when the save ends, however it ends", async () => {
    const events: string[] = [];
    const acquire = (wanted: { origins?: string[] }): Lease => {
      events.push(`acquire ${wanted.origins?.join(',')}`);
      return { held: Promise.resolve(true), release: async () => void events.push('release') };
    };
    const seen: Array<string | undefined> = [];
    const listener = menuClickListener(async (_kind, click, _tabId, ready) => {
      await ready;
      seen.push(click.pageUrl);
      events.push('saved');
      throw new Error('upload failed');
    }, acquire as never);
    const click = { menuItemId: 'tote-save-image', srcUrl: 'https://cdn.example/a.png', pageUrl: 'https://page-said.example/' };
    await expect(listener(click, { id: 3, url: 'https://blog.example/post' } as never)).rejects.toThrow('upload failed');
    expect(seen).toEqual(['https://blog.example/post']);
    expect(events).toEqual(['acquire https://cdn.example/*', 'saved', 'release']);
  });
});
