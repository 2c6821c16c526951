/**
 * Renders the popup (or the side panel) into `#app`. The kept viewer (kept-listing.ts) is read
 * first — a few milliseconds, from memory, while the listing cache's database opens — and with it
 * the folder the popup opens at is started (first-screen.ts), so the very first render already
 * lays out that viewer's files and rows.
 */
import { render } from 'preact';
import { openEarly } from '../src/storage/database.ts';
import { createClient } from '../src/messaging/client.ts';
import { localizePage } from '../src/ui/localize-page.ts';
import { prepareFirstScreen } from './first-screen.ts';
import { keptViewer } from './kept-listing.ts';
import { PopupApp } from './popup-app.tsx';

export async function startPopup(): Promise<void> {
  // The kept page's database opens while the viewer is read: one round trip less before the
  // first render (docs/benchmarks.md, section 2).
  openEarly('tote-listings');
  localizePage('extensionName');
  const kept = await keptViewer();
  const client = createClient();
  if (kept) await prepareFirstScreen(client, kept);
  render(<PopupApp client={client} kept={kept} />, document.getElementById('app') as HTMLElement);
}
