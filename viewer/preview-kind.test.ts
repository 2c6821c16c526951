import { describe, expect, it } from 'vitest';
import { isActive, previewKind } from './preview-kind.ts';

describe('previewKind', () => {
  it.each([
    ['photo.JPG', '', 'image'],
    ['report.pdf', 'application/octet-stream', 'pdf'],
    ['song.mp3', '', 'audio'],
    ['clip.webm', '', 'video'],
    ['notes.md', '', 'text'],
    ['data.json', '', 'text'],
    ['Makefile', '', 'text'],
    ['page.html', 'text/html', 'text'],
    ['logo.svg', 'image/svg+xml', 'text'],
    ['noext', 'text/plain; charset=utf-8', 'text'],
    ['noext', 'image/png', 'image'],
    ['noext', 'image/svg+xml', 'none'],
    ['archive.zip', 'application/zip', 'none'],
  ])('%s (%s) shows as %s', (name, type, kind) => {
    expect(previewKind(name, type)).toBe(kind);
  });

  it('calls HTML, SVG, XML and scripts active, and plain text not', () => {
    expect(['a.html', 'b.HTM', 'c.svg', 'd.xml', 'e.js'].every(isActive)).toBe(true);
    expect(['a.txt', 'b.md', 'c.json', 'd.png'].some(isActive)).toBe(false);
  });
});
