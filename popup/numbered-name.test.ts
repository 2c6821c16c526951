import { expect, it } from 'vitest';
import { numberedName } from './numbered-name.ts';

it.each([
  ['a/report.pdf', 1, 'a/report (1).pdf'],
  ['a/report (1).pdf', 2, 'a/report (2).pdf'],
  ['photos/', 2, 'photos (2)/'],
  ['x/v1.2/', 1, 'x/v1.2 (1)/'],
  ['Makefile', 1, 'Makefile (1)'],
  ['dir/.env', 1, 'dir/.env (1)'],
  ['private/${identityId}/a.b.txt', 3, 'private/${identityId}/a.b (3).txt'],
])('%s, number %i, is %s', (key, n, expected) => {
  expect(numberedName(key, n)).toBe(expected);
});
