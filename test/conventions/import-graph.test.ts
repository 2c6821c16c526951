/**
 * Content-safe code stays physically apart (docs/architecture.md, Contexts and trust): what popup, options and content
 * scripts load — directly or through src/ — never reaches background/ code or the AWS SDK, and
 * src/ stays context-neutral.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Data every context may read: the message catalogues (src/i18n/t.ts types its keys from the English one). */
const CONTEXT_NEUTRAL_DATA = /^_locales\//;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(folder, file));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => (match[1] ?? match[2] ?? match[3]) as string);
}

/** Everything `entry` loads, following relative imports; packages are reported by name. */
function closure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) packages.add(specifier);
      else {
        const path = relative(root, resolve(root, dirname(file), specifier));
        // The English catalogue is data every context reads (src/i18n/t.ts types its keys from it), not code.
        if (!path.startsWith('_locales/')) pending.push(path);
      }
    }
  }
  return { files, packages };
}

describe('the import graph', () => {
  const untrustedOrPageEntries = [
    ...sourceFiles('popup'),
    ...sourceFiles('options'),
    ...sourceFiles('consent'),
    ...sourceFiles('viewer'),
    ...sourceFiles('search'),
    ...sourceFiles('zip'),
    ...sourceFiles('content'),
    ...sourceFiles('offscreen'),
  ];

  it.each(untrustedOrPageEntries)('%s reaches no background code and no AWS SDK', (entry) => {
    const { files, packages } = closure(entry);
    expect([...files].filter((file) => file.startsWith('background/'))).toEqual([]);
    expect([...packages].filter((name) => name.startsWith('@aws-sdk/') || name.startsWith('node:'))).toEqual([]);
  });

  it.each(sourceFiles('content'))('%s imports only from src/ (and packages)', (entry) => {
    const { files } = closure(entry);
    expect([...files].filter((file) => !file.startsWith('src/') && !CONTEXT_NEUTRAL_DATA.test(file) && file !== entry)).toEqual([]);
  });

  it.each(sourceFiles('src'))('%s (shared code) imports from no context folder', (file) => {
    const { files } = closure(file);
    expect([...files].filter((f) => !f.startsWith('src/') && !CONTEXT_NEUTRAL_DATA.test(f))).toEqual([]);
  });

  it('finds the imports it checks (the scanner itself works)', () => {
    expect(closure('popup/main.tsx').files).toContain('src/messaging/client.ts');
    expect(closure('background/index.ts').files).toContain('background/router.ts');
  });
});
