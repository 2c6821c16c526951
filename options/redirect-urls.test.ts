import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, FIREFOX_ADDON_ID, FIREFOX_REDIRECT_HOST } from '../devstack/constants.ts';
import { chromeRedirectUrl, DEVELOPMENT_CHROME_ID, firefoxRedirectUrl, GECKO_ID } from './redirect-urls.ts';

describe('redirect URLs', () => {
  it("computes Firefox's from the SHA-1 of the add-on id, as README and the devstack register it", async () => {
    expect(await firefoxRedirectUrl('tote@tote.dev')).toBe('https://a822e05fb98636a7dee72c3151449e642039c634.extensions.allizom.org/');
    expect(await firefoxRedirectUrl(GECKO_ID)).toBe(`https://${FIREFOX_REDIRECT_HOST}/`);
  });

  it("computes Chrome's from the extension id", () => {
    expect(chromeRedirectUrl('fkijocbgebhfbknanopdnbnhglffjdob')).toBe('https://fkijocbgebhfbknanopdnbnhglffjdob.chromiumapp.org/');
  });

  it('uses the ids the build pins', () => {
    expect(DEVELOPMENT_CHROME_ID).toBe(CHROME_EXTENSION_ID);
    expect(GECKO_ID).toBe(FIREFOX_ADDON_ID);
  });
});
