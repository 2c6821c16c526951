/**
 * Keeps the bridge content script registered on exactly the hosts listed in settings' content
 * scopes (none by default), so unlisted sites never even get the script. Match patterns carry no
 * port, so a listed `http://127.0.0.1:8080` also injects on other ports of that host; there the
 * background answers `silent` and the page hears nothing. Re-run on every start and settings save.
 */
import { browser } from '../../src/browser.ts';
import { hostPattern } from '../../src/page/host-pattern.ts';
import type { ContentScope } from '../../src/settings/schema.ts';

const SCRIPT_ID = 'tote-bridge';

export function bridgeMatches(scopes: ContentScope[]): string[] {
  const patterns = new Set<string>();
  for (const scope of scopes) patterns.add(hostPattern(scope.origin));
  return [...patterns].sort();
}

export async function syncBridgeScripts(scopes: ContentScope[]): Promise<void> {
  const matches = bridgeMatches(scopes);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  // Unchanged (the usual case on a background restart): leave it, so no page load falls in a gap.
  if (registered.length === 1 && JSON.stringify([...(registered[0]?.matches ?? [])].sort()) === JSON.stringify(matches)) return;
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches, js: ['content/bridge.js'], runAt: 'document_start', allFrames: false }]);
}
