/** Options page entry: renders the app into the page. */
import { render } from 'preact';
import { createClient } from '../src/messaging/client.ts';
import { OptionsApp } from './options-app.tsx';

render(<OptionsApp client={createClient()} />, document.getElementById('app') as HTMLElement);
