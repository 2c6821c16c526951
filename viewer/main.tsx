/** Viewer entry: renders the viewer into its page. */
import { render } from 'preact';
import { createClient } from '../src/messaging/client.ts';
import { localizePage } from '../src/ui/localize-page.ts';
import { ViewerApp } from './viewer-app.tsx';

localizePage('viewerTitle');
render(<ViewerApp client={createClient()} />, document.getElementById('app') as HTMLElement);
