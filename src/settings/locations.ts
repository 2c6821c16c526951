/**
 * The places the popup lets a user switch between: a signed-in user's own folder, `public/`
 * (read-only: nobody writes it through Tote, infra/access-rules.ts) and the settings'
 * `locations`; a guest has `public/` alone, which is all a guest's role may read.
 */
import { t } from '../i18n/t.ts';
import { PRIVATE_PREFIX_TEMPLATE } from '../s3/key-template.ts';
import type { Location, Settings } from './schema.ts';

export const OWN_FOLDER: Location = { label: t('popupMyFiles'), prefix: PRIVATE_PREFIX_TEMPLATE, writable: true };
export const PUBLIC_FILES: Location = { label: t('popupPublicFiles'), prefix: 'public/', writable: false };

export function locationsFor(settings: Settings | undefined, signedIn: boolean): Location[] {
  if (!signedIn) return [PUBLIC_FILES];
  const further = (settings?.locations ?? []).filter((place) => place.prefix !== OWN_FOLDER.prefix && place.prefix !== PUBLIC_FILES.prefix);
  return [OWN_FOLDER, PUBLIC_FILES, ...further];
}

/** The location a folder (`#folder=` of "Open in Tote") lies in, the deepest one if several hold it. */
export function locationOf(folder: string, locations: Location[]): Location | undefined {
  return locations.filter((place) => folder.startsWith(place.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
}
