/** The location picker (where there is more than one place to show) over the file browser of the chosen one. */
import type { Client } from '../src/messaging/client.ts';
import { locationsFor } from '../src/settings/locations.ts';
import { useBackground } from '../src/ui/use-background.ts';
import { FileBrowser } from './file-browser.tsx';
import { LocationPicker } from './location-picker.tsx';
import { useLocation } from './use-location.ts';

export function Locations({ client, signedIn, identityId }: { client: Client; signedIn: boolean; identityId: string }) {
  const { answer } = useBackground(client, 'settings.get', {}, { refreshOn: 'settings.changed' });
  const locations = locationsFor(answer.state === 'ready' ? answer.value.settings : undefined, signedIn);
  const { current, choose } = useLocation(locations);
  return (
    <>
      {locations.length > 1 && <LocationPicker locations={locations} current={current} onChoose={choose} />}
      {/* Another location or identity starts a fresh browser: nothing of the previous one stays on screen. */}
      <FileBrowser key={`${current.prefix}|${identityId}`} client={client} place={current} signedIn={signedIn} />
    </>
  );
}
