import { expect, it } from 'vitest';
import { matchParts, queryWords } from './match.ts';

it('marks every place each word is found, ignoring case', () => {
  expect(matchParts('Photos/2024/photo-1.JPG', queryWords('photo jpg'))).toEqual([
    { text: 'Photo', match: true },
    { text: 's/2024/', match: false },
    { text: 'photo', match: true },
    { text: '-1.', match: false },
    { text: 'JPG', match: true },
  ]);
});

it('does not match when a word is missing, and matches anything for no words', () => {
  expect(matchParts('a/b.txt', queryWords('b zip'))).toBeUndefined();
  expect(matchParts('a/b.txt', queryWords('  '))).toEqual([{ text: 'a/b.txt', match: false }]);
});
