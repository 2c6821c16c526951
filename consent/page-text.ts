/**
 * The consent window's fixed words, from `_locales`: its HTML carries no text of its own. The
 * headings are made here too, since a heading left empty in the HTML says nothing to a screen
 * reader until the script runs.
 */
import { type MessageKey, t } from '../src/i18n/t.ts';
import { localizePage } from '../src/ui/localize-page.ts';

const TEXT: Record<string, MessageKey> = {
  'brand-name': 'extensionName',
  'scope-note': 'consentNowhereElse',
  remembers: 'consentRemembers',
  deny: 'consentDeny',
  allow: 'consentAllow',
};

const heading = (level: 'h1' | 'h2', id: string, key: MessageKey) => Object.assign(document.createElement(level), { id, textContent: t(key) });

export function fillPageText(): void {
  localizePage('consentTitle');
  document.getElementById('brand')?.after(heading('h1', 'consent-title', 'consentHeading'));
  document.getElementById('scope')?.before(heading('h2', 'scope-heading', 'consentScopeHeading'));
  for (const [id, key] of Object.entries(TEXT)) {
    const element = document.getElementById(id);
    if (element) element.textContent = t(key);
  }
}
