/**
 * The end-to-end tests find the popup and the side panel as a person reads them, by role and
 * accessible name (test/e2e/harness/by-role.ts, find.ts), so their code carries no test ids: a
 * control a test cannot find by its name is one a screen reader cannot name either.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root, shippedFiles } from './shipped-files.ts';

const PAGES = /^(popup|panel)\//;

it.each(shippedFiles(/\.(tsx?|html)$/).filter((file) => PAGES.test(file)))('%s carries no data-testid', (file) => {
  expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/data-testid|testid=/i);
});
