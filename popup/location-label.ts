/**
 * The name a location shows under: the two Tote always offers (your own folder, the public one)
 * in the UI language, a location from the settings by the label its administrator gave it.
 */
import { t } from '../src/i18n/t.ts';
import { OWN_FOLDER, PUBLIC_FILES } from '../src/settings/locations.ts';
import type { Location } from '../src/settings/schema.ts';

export function locationLabel(place: Location): string {
  if (place.prefix === OWN_FOLDER.prefix) return t('popupMyFiles');
  if (place.prefix === PUBLIC_FILES.prefix) return t('popupPublicFiles');
  return place.label;
}
