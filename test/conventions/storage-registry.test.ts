/**
 * Storage goes through the registry (src/storage/keys.ts, databases.ts) and its accessors
 * (src/storage/records.ts, database.ts, background/storage/): no other shipped file touches an
 * extension storage area or IndexedDB — the popup's reader of the listing cache excepted, with its
 * schema — so nothing can read a record without its schema or keep something sign-out does not wipe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../src/storage/database.ts';
import { root, shippedFiles } from './shipped-files.ts';

/** Where raw storage calls are allowed, and why. */
const ALLOWED: Record<string, RegExp> = {
  'background/storage/extension-storage.ts': /storage\.(session|local)/,
  'src/storage/database.ts': /indexedDB|createObjectStore/,
  // The popup reads the listing cache's named viewer itself, through the same accessor (src/storage/kept-listing.ts).
  'popup/kept-listing.ts': /storage\.session/,
  // Development builds only (scripts/build.ts): the test probe reads each area to prove secrets are absent.
  'content/probe.ts': /storage/,
};
const RAW = /\b(?:browser|chrome)\.storage\b|\bstorage\.(?:local|sync|session|managed)\b|\bindexedDB\b|\bcreateObjectStore\b/;

/** Code lines only: comments may name the areas they explain. */
function codeOf(file: string): string {
  return readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

describe('the storage registry', () => {
  it.each(shippedFiles())('%s makes no raw storage or IndexedDB call outside background/storage/', (file) => {
    const code = codeOf(file);
    const allowed = ALLOWED[file];
    const offending = code.split('\n').filter((line) => RAW.test(line) && !(allowed && allowed.test(line)));
    expect(offending).toEqual([]);
  });

  it('finds the raw calls it checks (the scanner itself works)', () => {
    expect(RAW.test(codeOf('background/storage/extension-storage.ts'))).toBe(true);
    expect(RAW.test(codeOf('src/storage/database.ts'))).toBe(true);
  });

  it('opens no IndexedDB store that the registry does not declare', () => {
    expect(() => memoryDatabase('tote-transfers')('secrets')).toThrow(/not declared in src\/storage\/databases\.ts/);
  });
});
