import { describe, expect, it } from 'vitest';
import { cleanName, nameForDownload, nameFromPage, uniqueKey, withCounter } from './file-name.ts';

describe('file names for things saved from a page', () => {
  it("keeps an image's own name, decoded, and adds the extension its type implies when it has none", () => {
    expect(nameForDownload('https://cdn.example/a/b/Cat%20photo.JPG?w=200', 'image/jpeg', 'image')).toBe('Cat photo.JPG');
    expect(nameForDownload('https://cdn.example/render/12345', 'image/png; charset=binary', 'image')).toBe('12345.png');
    expect(nameForDownload('https://cdn.example/', 'image/webp', 'image')).toBe('image.webp');
    expect(nameForDownload('data:image/png;base64,AAAA', 'image/png', 'image')).toBe('image.png');
    expect(nameForDownload('https://example.com/report', 'application/x-unknown', 'download')).toBe('report');
  });

  it('makes one safe key segment: no slashes, control characters, leading dots or Windows-reserved characters', () => {
    expect(cleanName('../../etc/passwd')).toBe('etc passwd');
    expect(cleanName('a\u0000b\nc\\d')).toBe('a b c d');
    expect(cleanName('what? <yes>: "no" | *')).toBe('what yes no');
    expect(cleanName('.hidden')).toBe('hidden');
    const long = cleanName(`${'x'.repeat(300)}.jpeg`);
    expect(long).toHaveLength(100);
    expect(long.endsWith('.jpeg')).toBe(true);
  });

  it("names selections and pages after the page's title, else its host", () => {
    expect(nameFromPage('My / article', 'https://news.example/a', ' (selection)', 'md')).toBe('My article (selection).md');
    expect(nameFromPage('', 'https://news.example/a', '', 'html')).toBe('news.example.html');
    expect(nameFromPage('  ', 'not a url', '', 'txt')).toBe('page.txt');
  });

  it('numbers a name before its extension', () => {
    expect(withCounter('photo.png', 2)).toBe('photo-2.png');
    expect(withCounter('README', 3)).toBe('README-3');
  });

  it('never picks a taken key: the name, then numbered names, then a random suffix', () => {
    expect(uniqueKey('in/', 'a.png', new Set())).toBe('in/a.png');
    expect(uniqueKey('in/', 'a.png', new Set(['in/a.png', 'in/a-2.png']))).toBe('in/a-3.png');
    const all = new Set(['in/a.png', ...Array.from({ length: 999 }, (_, n) => `in/a-${n + 2}.png`)]);
    expect(uniqueKey('in/', 'a.png', all, () => 'r4nd0m')).toBe('in/a-r4nd0m.png');
  });
});
