/**
 * Every string a person reads goes through here: the browser's own `i18n.getMessage` over
 * `_locales/<language>/messages.json`, in the language the browser's UI is in (English where
 * Tote has no translation). The keys are typed from the English file, so a misspelt key does not
 * compile; test/conventions/i18n.test.ts checks that every locale has every key and that no key
 * is unused (docs/architecture.md, "Languages").
 *
 * Messages take their substitutions as `$1`…`$9`, which both browsers replace.
 */
import type english from '../../_locales/en/messages.json';
import { browser } from '../browser.ts';

export type MessageKey = keyof typeof english;

/** Keys written `<base>_one` / `<base>_other`: a message that depends on a count. */
export type CountedKey = MessageKey extends infer Key ? (Key extends `${infer Base}_other` ? Base : never) : never;

/** The browser's UI language (`en-US`, `de`): what dates, sizes and numbers follow too. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

/** The message in the user's language; the key itself if the browser has none (never blank). */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text === '' ? key : text;
}

// Made once per page: the UI language does not change while a page lives, and counts are drawn per row.
let numbers: Intl.NumberFormat | undefined;
let plurals: Intl.PluralRules | undefined;

/** `1,234` in English, `1.234` in German. */
export function formatNumber(value: number): string {
  numbers ??= new Intl.NumberFormat(uiLocale());
  return numbers.format(value);
}

/** `1 file`, `3 files`, `3 Dateien`: the count's plural form in the UI language, count as `$1`. */
export function tCount(key: CountedKey, count: number, ...substitutions: Array<string | number>): string {
  plurals ??= new Intl.PluralRules(uiLocale());
  const form = plurals.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, formatNumber(count), ...substitutions);
}
