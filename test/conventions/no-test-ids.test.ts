/**
 * The end-to-end tests find every page as a person reads it, by role and accessible name
 * (test/e2e/harness/by-role.ts, find.ts), so shipped code carries no test ids: a
 * control a test cannot find by its name is one a screen reader cannot name either.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root, shippedFiles } from './shipped-files.ts';

it.each(shippedFiles(/\.(tsx?|html)$/))('%s carries no data-testid', (file) => {
  expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/data-testid|testid=/i);
});
