/** Search page entry: waits for who is signed in (to open results' folders), then renders. */
import { render } from 'preact';
import { createClient } from '../src/messaging/client.ts';
import { localizePage } from '../src/ui/localize-page.ts';
import { SearchApp } from './search-app.tsx';

localizePage('searchTitle');
const client = createClient();
void client.call('auth.status', {}).then((reply) => {
  render(<SearchApp client={client} identityId={reply.ok ? reply.value.identityId : undefined} />, document.getElementById('app') as HTMLElement);
});
