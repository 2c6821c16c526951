import { expect, it } from 'vitest';
import { checkName } from './names.ts';

it('accepts plain names, and paths where moving is allowed', () => {
  expect(checkName('report 2024.pdf', false)).toBeUndefined();
  expect(checkName('archive/2024/report.pdf', true)).toBeUndefined();
});

it('refuses what cannot be a key segment, with a sentence', () => {
  expect(checkName('', false)).toBe('Type a name.');
  expect(checkName('..', true)).toBe('Type a name.');
  expect(checkName('a/b', false)).toBe('A name cannot contain "/".');
  expect(checkName('/a', true)).toMatch(/only between folder names/);
  expect(checkName('a//b', true)).toMatch(/only between folder names/);
  expect(checkName('a/', true)).toMatch(/only between folder names/);
  expect(checkName('tab\there', false)).toBe('A name cannot contain control characters.');
});
