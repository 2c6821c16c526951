import { expect, it } from 'vitest';
import { fileKind } from './file-kind.ts';

it.each([
  ['holiday.JPG', 'image'],
  ['clip.webm', 'video'],
  ['song.mp3', 'audio'],
  ['report.pdf', 'pdf'],
  ['backup.tar.gz', 'archive'],
  ['budget.xlsx', 'table'],
  ['main.ts', 'code'],
  ['notes.txt', 'text'],
  ['journey-big.bin', 'file'],
  ['README', 'file'],
  ['.pdf', 'file'],
  ['archive.', 'file'],
])('%s is shown as %s', (name, kind) => expect(fileKind(name)).toBe(kind));
