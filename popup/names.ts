/**
 * Names typed for a new folder or a rename: the sentence for a name that cannot become a key
 * segment, or undefined. Moves may give a path (`archive/2024/report.pdf`).
 */
import { t } from '../src/i18n/t.ts';

export function checkName(name: string, allowSlash: boolean): string | undefined {
  if (name === '' || name === '.' || name === '..') return t('popupNameEmpty');
  if (!allowSlash && name.includes('/')) return t('popupNameSlash');
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return t('popupNameSlashPlacement');
  if (/[\u0000-\u001f\u007f]/.test(name)) return t('popupNameControl');
  return undefined;
}
