import { expect, it } from 'vitest';
import { keyFromHash, viewerHash } from './viewer-url.ts';

it('carries any key through the hash and back', () => {
  for (const key of ['private/us-east-1:abc/a b#c?d%e.txt', 'public/ünï/😀.png', 'public/x/']) expect(keyFromHash(viewerHash(key))).toBe(key);
  expect(keyFromHash('')).toBeUndefined();
  expect(keyFromHash('#%E0%A4%A')).toBeUndefined();
});
