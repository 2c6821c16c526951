/** Zip page entry: reads what to zip from the address and renders the page. */
import { render } from 'preact';
import { createClient } from '../src/messaging/client.ts';
import { zipRequestFromHash } from '../src/ui/zip-url.ts';
import { ZipApp } from './zip-app.tsx';

const request = zipRequestFromHash(location.hash);
const app = document.getElementById('app') as HTMLElement;
render(
  request ? (
    <ZipApp client={createClient()} request={request} />
  ) : (
    <p class="notice error" role="alert">
      This address names nothing to zip. Choose files or folders in Tote and use “Download as .zip”.
    </p>
  ),
  app,
);
