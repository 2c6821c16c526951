/**
 * Lets a Node tool load Tote's shared code, whose sentences come from the WebExtension i18n API
 * (src/i18n/t.ts over src/browser.ts): `webextension-polyfill`, which refuses to load outside an
 * extension, resolves to an API that has `i18n` alone and answers from the English catalogue.
 * Import this first and the shared code after it, dynamically (static imports resolve earlier).
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const catalogue: Record<string, { message: string } | undefined> = JSON.parse(readFileSync(new URL('../_locales/en/messages.json', import.meta.url), 'utf8'));

/** As the browsers do: `$1`…`$9` replaced, `$$` a dollar sign, an unknown key an empty string. */
function getMessage(key: string, substitutions: string[] = []): string {
  const message = catalogue[key]?.message ?? '';
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

export default { i18n: { getMessage, getUILanguage: () => 'en' } };

registerHooks({
  resolve: (specifier, context, next) => (specifier === 'webextension-polyfill' ? { url: import.meta.url, shortCircuit: true } : next(specifier, context)),
});
