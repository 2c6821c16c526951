/**
 * Host permission for a custom endpoint, asked at run time (manifest `optional_host_permissions`).
 * Tote's background reaches AWS and well-configured endpoints through CORS alone, so nothing is
 * asked at install and nothing is asked for an endpoint that answers CORS; only an endpoint a
 * Test connection found answering without CORS for Tote is asked for, from the Save or Test click
 * (a user gesture, which `permissions.request` requires: call it before any `await`).
 */
import { browser } from '../src/browser.ts';
import { hostPattern } from '../src/page/host-pattern.ts';
import type { Settings } from '../src/settings/schema.ts';

/** Origins of the settings' custom endpoints (S3, Cognito). */
export function customEndpointOrigins(settings: Pick<Settings, 's3' | 'cognitoEndpoint'>): string[] {
  const urls = [settings.s3?.endpoint, settings.cognitoEndpoint].filter((url): url is string => url !== undefined);
  return [...new Set(urls.map((url) => new URL(url).origin))];
}

/** Match patterns for origins (`https://host:port/*`; a pattern carries no port, so any port of that host). */
export function originPatterns(origins: readonly string[]): string[] {
  return origins.map(hostPattern);
}

/** Asks for access to `origins`; resolves true when granted (or nothing to ask). Call it synchronously from a click. */
export function requestHostAccess(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins: originPatterns(origins) });
}
