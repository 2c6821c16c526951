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

/** The location shown: the one chosen, else the one a linked folder lies in, else the first. */
function pick(locations: Location[], linked: string | undefined, chosen: string | null): Location {
  return locations.find((place) => place.prefix === chosen) ?? (linked === undefined ? undefined : locationOf(linked, locations)) ?? (locations[0] as Location);
}

const rememberedUnlessLinked = (linked: string | undefined) => (linked === undefined ? localStorage.getItem(REMEMBERED) : null);

/** The location a popup opening now shows first, before any choice is made in it. */
export function firstLocation(locations: Location[]): Location {
  const linked = hashFolder(location.hash);
  return pick(locations, linked, rememberedUnlessLinked(linked));
}

export function useLocation(locations: Location[]): { current: Location; choose: (prefix: string) => void } {
  const [linked] = useState(() => hashFolder(location.hash));
  const [chosen, setChosen] = useState<string | null>(() => rememberedUnlessLinked(linked));
  const current = pick(locations, linked, chosen);
  const choose = (prefix: string) => {
    localStorage.setItem(REMEMBERED, prefix);
    setChosen(prefix);
  };
  return { current, choose };
}
