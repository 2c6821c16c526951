/**
 * The location the popup shows: the one the user last chose (remembered in this extension page's
 * own localStorage: a view preference the background never reads), else the one an "Open in
 * Tote" link's `#folder=` lies in, else the first.
 */
import { useState } from 'preact/hooks';
import { locationOf } from '../src/settings/locations.ts';
import type { Location } from '../src/settings/schema.ts';
import { hashFolder } from './start-folder.ts';

const REMEMBERED = 'tote.location';

export function useLocation(locations: Location[]): { current: Location; choose: (prefix: string) => void } {
  const [linked] = useState(() => hashFolder(location.hash));
  const [chosen, setChosen] = useState<string | null>(() => (linked === undefined ? localStorage.getItem(REMEMBERED) : null));
  const current =
    locations.find((place) => place.prefix === chosen) ?? (linked === undefined ? undefined : locationOf(linked, locations)) ?? (locations[0] as Location);
  const choose = (prefix: string) => {
    localStorage.setItem(REMEMBERED, prefix);
    setChosen(prefix);
  };
  return { current, choose };
}
