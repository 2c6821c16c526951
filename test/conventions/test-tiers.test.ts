/**
 * Every test file belongs to a tier that runs: a `*.test.ts` in a folder the unit project does not
 * include would never run, and CI would stay green over it.
 */
import { globSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import config from '../../vitest.config.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ignored = ['node_modules/**', 'dist/**', '.devstack/**', 'test-artifacts/**'];

it('runs every test file in the tree in one of the projects', () => {
  const projects = (config.test?.projects ?? []) as Array<{ test: { include: string[]; exclude?: string[] } }>;
  const run = new Set<string>();
  for (const { test } of projects) {
    const excluded = new Set(globSync(test.exclude ?? [], { cwd: root, exclude: ignored }));
    for (const file of globSync(test.include, { cwd: root, exclude: ignored })) if (!excluded.has(file)) run.add(file);
  }
  const all = globSync('**/*.test.{ts,tsx}', { cwd: root, exclude: ignored });
  expect(all.length).toBeGreaterThan(100);
  expect(all.filter((file) => !run.has(file))).toEqual([]);
});
