/** Popup entry: renders the app into the page. */
import { render } from 'preact';
import { createClient } from '../src/messaging/client.ts';
import { localizePage } from '../src/ui/localize-page.ts';
import { PopupApp } from './popup-app.tsx';

localizePage('extensionName');
render(<PopupApp client={createClient()} />, document.getElementById('app') as HTMLElement);
