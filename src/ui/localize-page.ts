/**
 * Gives an extension page the UI language (src/i18n/t.ts): `<html lang>` for screen readers and
 * hyphenation, and its title from `_locales`. The pages' HTML carries no text of its own.
 */
import { type MessageKey, t, uiLocale } from '../i18n/t.ts';

export function localizePage(titleKey: MessageKey): void {
  document.documentElement.lang = uiLocale();
  document.title = t(titleKey);
}
