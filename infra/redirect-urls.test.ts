import { describe, expect, it } from 'vitest';
import { chromeRedirectUrl, DEV_FIREFOX_ADDON_ID, firefoxRedirectId, firefoxRedirectUrl } from './redirect-urls.ts';

describe('browser redirect URLs', () => {
  it('hashes the Firefox add-on id the way identity.getRedirectURL() does', () => {
    expect(firefoxRedirectId(DEV_FIREFOX_ADDON_ID)).toBe('a822e05fb98636a7dee72c3151449e642039c634');
    expect(firefoxRedirectId('other@tote.dev')).not.toBe(firefoxRedirectId(DEV_FIREFOX_ADDON_ID));
  });

  it('builds both URLs with the trailing slash the extension sends', () => {
    expect(chromeRedirectUrl('fkijocbgebhfbknanopdnbnhglffjdob')).toBe('https://fkijocbgebhfbknanopdnbnhglffjdob.chromiumapp.org/');
    expect(firefoxRedirectUrl(firefoxRedirectId(DEV_FIREFOX_ADDON_ID))).toBe('https://a822e05fb98636a7dee72c3151449e642039c634.extensions.allizom.org/');
  });
});
