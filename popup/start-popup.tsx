/**
 * Renders the popup (or the side panel) into `#app`. The kept viewer (kept-listing.ts) is read
 * first — a few milliseconds, from memory — and with it the folder the popup opens at is started
 * (first-screen.ts), so the very first render already lays out that viewer's files and rows.
 */
import { render } from 'preact';
import { createClient } from '../src/messaging/client.ts';
import { localizePage } from '../src/ui/localize-page.ts';
import { prepareFirstScreen } from './first-screen.ts';
import { keptViewer } from './kept-listing.ts';
import { PopupApp } from './popup-app.tsx';

export async function startPopup(): Promise<void> {
  localizePage('extensionName');
  const kept = await keptViewer();
  const client = createClient();
  if (kept) await prepareFirstScreen(client, kept);
  render(<PopupApp client={client} kept={kept} />, document.getElementById('app') as HTMLElement);
}
