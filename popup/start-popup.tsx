/**
 * Renders the popup (or the side panel) into `#app`. The kept viewer is read first, before
 * anything asks the background: waking a stopped worker starts its whole script on the same two
 * cores, and the kept listing is on screen sooner when it goes first (docs/benchmarks.md).
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
