/**
 * Comments cite files in the repository, never documents outside it or issue numbers: a reader
 * must be able to open what a comment points at. Every path a comment names must exist (relative
 * to the repository or to the file).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(ts|tsx|css|sh)$/.test(file) && existsSync(join(root, file)));
const COMMENT = /\/\*[\s\S]*?\*\/|(?<![:'"`\w])\/\/[^\n]*|^\s*#(?!!)[^\n]*/gm;
/** A path with a folder and a known extension, not part of a URL or a package name. */
const PATH = /(?<![\w@/.:-])((?:\.\.?\/)?(?:[\w-]+\/)+[\w.-]+\.(?:ts|tsx|md|json|css|html|sh))\b/g;
const OUTSIDE_DOCUMENT = /\bDESIGN(?:\.md)?\b|§\s*\d/;
const ISSUE_NUMBER = /\bissues? #?\d+\b|\(#\d+\)/i;
const citesOutside = (comment: string) => OUTSIDE_DOCUMENT.test(comment) || ISSUE_NUMBER.test(comment);

function comments(file: string): string[] {
  return [...readFileSync(join(root, file), 'utf8').matchAll(COMMENT)].map((match) => match[0]);
}

describe('references in comments', () => {
  it.each(files)('%s cites only what is in the repository', (file) => {
    const outside: string[] = [];
    const missing: string[] = [];
    for (const comment of comments(file)) {
      if (citesOutside(comment)) outside.push(comment.replace(/\s+/g, ' ').slice(0, 120));
      for (const [, path] of comment.matchAll(PATH)) {
        const target = path as string;
        if (!existsSync(join(root, target)) && !existsSync(join(root, dirname(file), target))) missing.push(target);
      }
    }
    expect({ outside, missing }).toEqual({ outside: [], missing: [] });
  });

  it('catches what it looks for (the scanner itself works)', () => {
    // Put together at run time, so that this file's own source holds no such comment.
    const sample = ['/', '** see DESIGN §4 and background/nowhere.ts (issue 7) *', '/'].join('');
    expect(citesOutside(sample)).toBe(true);
    expect(citesOutside('/** Run once after changing the design. */')).toBe(false);
    expect([...sample.matchAll(PATH)].map((match) => match[1])).toEqual(['background/nowhere.ts']);
  });
});
