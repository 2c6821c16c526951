/**
 * The redirect URLs `identity.launchWebAuthFlow` uses, per browser, to register with the identity
 * provider. Chrome: `https://<extension id>.chromiumapp.org/`. Firefox: the SHA-1 of the add-on
 * id in hex, `https://<sha1>.extensions.allizom.org/` (what `identity.getRedirectURL()` returns).
 */

/** The development build's pinned Chrome extension id (scripts/build/manifest.ts's public key). */
export const DEVELOPMENT_CHROME_ID = 'fkijocbgebhfbknanopdnbnhglffjdob';
/** The Firefox add-on id (manifest.json's `browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'tote@tote.dev';

export function chromeRedirectUrl(extensionId: string): string {
  return `https://${extensionId}.chromiumapp.org/`;
}

export async function firefoxRedirectUrl(addonId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(addonId));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `https://${hex}.extensions.allizom.org/`;
}
