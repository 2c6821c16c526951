/**
 * The OAuth redirect URLs the extension passes to the hosted UI. They come from
 * `identity.getRedirectURL()` in each browser, so the user pool client must list exactly these
 * (trailing slash included: Cognito compares redirect URIs as exact strings).
 */
import { createHash } from 'node:crypto';

/** The development build's pinned Chrome id (manifest `"key"`). */
export const DEV_CHROME_EXTENSION_ID = 'fkijocbgebhfbknanopdnbnhglffjdob';
/** The development build's Firefox add-on id (`browser_specific_settings.gecko.id`). */
export const DEV_FIREFOX_ADDON_ID = 'tote@tote.dev';

/**
 * Firefox names the redirect host after the SHA-1 of the add-on id, not the id itself (ids such
 * as `tote@tote.dev` are not valid host labels). CloudFormation cannot hash, so the template takes
 * this value, and the CDK app computes it here.
 */
export function firefoxRedirectId(addonId: string): string {
  return createHash('sha1').update(addonId, 'utf8').digest('hex');
}

/** Works with CDK tokens too: a token inside a template string becomes an `Fn::Join`. */
export function chromeRedirectUrl(chromeExtensionId: string): string {
  return `https://${chromeExtensionId}.chromiumapp.org/`;
}

export function firefoxRedirectUrl(firefoxRedirectIdHex: string): string {
  return `https://${firefoxRedirectIdHex}.extensions.allizom.org/`;
}
