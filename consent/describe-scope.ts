/**
 * The consent window's words for a scope: each folder with what the site could do there, in the
 * order a person thinks of it. A share link is a kind of get (docs/page-bridge.md), so it is
 * listed wherever the site may get.
 */
import type { Grant } from '../src/page/consent-scope.ts';

const ABILITIES: Array<[Grant['allow'][number], string]> = [
  ['list', 'see which files are there'],
  ['get', 'open and download files'],
  ['get', 'make share links that anyone with the link can open'],
  ['put', 'add files, and replace files of the same name'],
];

/** How the user's own folder appears in a prefix. */
export const OWN_FOLDER = '‹your id›';

export interface FolderDescription {
  folder: string;
  abilities: string[];
}

export function describeScope(scope: Grant[]): FolderDescription[] {
  return scope.map((grant) => ({
    folder: grant.prefix.replaceAll('${identityId}', OWN_FOLDER),
    abilities: ABILITIES.filter(([operation]) => grant.allow.includes(operation)).map(([, text]) => text),
  }));
}
