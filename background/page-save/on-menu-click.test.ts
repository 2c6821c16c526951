import { describe, expect, it } from 'vitest';
import { kindOfMenuItem, menuItemsFor } from './menu-items.ts';
import { hostPattern } from '../../src/page/host-pattern.ts';
import { originToRequest } from './on-menu-click.ts';

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
});
