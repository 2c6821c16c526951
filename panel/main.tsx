/** Side panel (Chrome) and sidebar (Firefox) entry: the popup's file browser, laid out by panel.css for a tall, resizable pane. */
import { render } from 'preact';
import { createClient } from '../src/messaging/client.ts';
import { localizePage } from '../src/ui/localize-page.ts';
import { PopupApp } from '../popup/popup-app.tsx';

localizePage('extensionName');
render(<PopupApp client={createClient()} />, document.getElementById('app') as HTMLElement);
