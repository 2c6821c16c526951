/**
 * The OAuth redirect URLs the extension passes to the hosted UI. They come from
 * `identity.getRedirectURL()` in each browser, so the user pool client must list exactly these
 * (trailing slash included: Cognito compares redirect URIs as exact strings). Edge, like Chrome,
 * answers `https://<extension id>.chromiumapp.org/`.
 */
import { createHash } from 'node:crypto';
import { Fn } from 'aws-cdk-lib';

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

export function chromeRedirectUrl(chromeExtensionId: string): string {
  return `https://${chromeExtensionId}.chromiumapp.org/`;
}

export function firefoxRedirectUrl(firefoxRedirectIdHex: string): string {
  return `https://${firefoxRedirectIdHex}.extensions.allizom.org/`;
}

/**
 * `before<id>after` for each id of a list parameter, joined by commas. CloudFormation has no map
 * over a list, but joining with `after,before` and wrapping the result does the same.
 */
export function eachJoined(ids: string[], before: string, after: string): string {
  return Fn.join('', [before, Fn.join(`${after},${before}`, ids), after]);
}

/** Every redirect URL of every listed build, as one list token. */
export function redirectUrls(chromeExtensionIds: string[], firefoxRedirectIds: string[]): string[] {
  return Fn.split(
    ',',
    Fn.join(',', [eachJoined(chromeExtensionIds, 'https://', '.chromiumapp.org/'), eachJoined(firefoxRedirectIds, 'https://', '.extensions.allizom.org/')]),
  );
}
