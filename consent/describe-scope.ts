/**
 * The consent window's words for a scope: each folder with what the site could do there, in the
 * order a person thinks of it. A share link is a kind of get (docs/page-bridge.md), so it is
 * listed wherever the site may get.
 */
import { type MessageKey, t } from '../src/i18n/t.ts';
import type { Grant } from '../src/page/consent-scope.ts';

const ABILITIES: Array<[Grant['allow'][number], MessageKey]> = [
  ['list', 'consentAbilityList'],
  ['get', 'consentAbilityGet'],
  ['get', 'consentAbilityShare'],
  ['put', 'consentAbilityPut'],
];

export interface FolderDescription {
  folder: string;
  abilities: string[];
}

export function describeScope(scope: Grant[]): FolderDescription[] {
  return scope.map((grant) => ({
    // How the user's own folder appears in a prefix.
    folder: grant.prefix.replaceAll('${identityId}', t('consentOwnFolder')),
    abilities: ABILITIES.filter(([operation]) => grant.allow.includes(operation)).map(([, key]) => t(key)),
  }));
}
