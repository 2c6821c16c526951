/** Zip page entry: reads what to zip from the address and renders the page. */
import { render } from 'preact';
import { t } from '../src/i18n/t.ts';
import { createClient } from '../src/messaging/client.ts';
import { localizePage } from '../src/ui/localize-page.ts';
import { zipRequestFromHash } from '../src/ui/zip-url.ts';
import { ZipApp } from './zip-app.tsx';

localizePage('zipTitle');
const request = zipRequestFromHash(location.hash);
const app = document.getElementById('app') as HTMLElement;
render(
  request ? (
    <ZipApp client={createClient()} request={request} />
  ) : (
    <p class="notice error" role="alert">
      {t('zipNothingToZip')}
    </p>
  ),
  app,
);
