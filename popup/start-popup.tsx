/**
 * Renders the popup (or the side panel) into `#app`. The kept viewer (kept-listing.ts) is read
 * first — a few milliseconds, from memory — so the very first render already lays out that
 * viewer's files instead of a "Connecting…" line that the kept listing would replace.
 */
import { render } from 'preact';
import { createClient } from '../src/messaging/client.ts';
import { localizePage } from '../src/ui/localize-page.ts';
import { keptViewer } from './kept-listing.ts';
import { PopupApp } from './popup-app.tsx';

export async function startPopup(): Promise<void> {
  localizePage('extensionName');
  const kept = await keptViewer();
  render(<PopupApp client={createClient()} kept={kept} />, document.getElementById('app') as HTMLElement);
}
