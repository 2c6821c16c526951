/** "Location": which place of the bucket the popup shows (src/settings/locations.ts). */
import { t } from '../src/i18n/t.ts';
import type { Location } from '../src/settings/schema.ts';

export function LocationPicker({ locations, current, onChoose }: { locations: Location[]; current: Location; onChoose: (prefix: string) => void }) {
  return (
    <label class="location">
      {t('popupLocation')}
      <select value={current.prefix} onChange={(event) => onChoose(event.currentTarget.value)}>
        {locations.map((place) => (
          <option key={place.prefix} value={place.prefix}>
            {place.writable ? place.label : t('popupLocationReadOnly', place.label)}
          </option>
        ))}
      </select>
    </label>
  );
}
