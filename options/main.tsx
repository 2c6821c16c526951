/** Options page entry: renders the app into the page. */
import { render } from 'preact';
import { browser } from '../src/browser.ts';
import { createClient } from '../src/messaging/client.ts';
import { localizePage } from '../src/ui/localize-page.ts';
import { OptionsApp } from './options-app.tsx';

localizePage('optionsTitle');
render(<OptionsApp client={createClient()} redirectUrl={browser.identity.getRedirectURL()} />, document.getElementById('app') as HTMLElement);
