/** "Location": which place of the bucket the popup shows (src/settings/locations.ts). */
import { t } from '../src/i18n/t.ts';
import type { Location } from '../src/settings/schema.ts';
import { locationLabel } from './location-label.ts';

export function LocationPicker({ locations, current, onChoose }: { locations: Location[]; current: Location; onChoose: (prefix: string) => void }) {
  return (
    <label class="location">
      {t('popupLocation')}
      <select value={current.prefix} onChange={(event) => onChoose(event.currentTarget.value)}>
        {locations.map((place) => (
          <option key={place.prefix} value={place.prefix}>
            {place.writable ? locationLabel(place) : t('popupLocationReadOnly', locationLabel(place))}
          </option>
        ))}
      </select>
    </label>
  );
}
