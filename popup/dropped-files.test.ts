import { expect, it } from 'vitest';
import { walkEntries, type EntryLike } from './dropped-files.ts';

const file = (name: string, text = name): EntryLike => ({ name, isFile: true, isDirectory: false, file: (ok) => ok(new File([text], name)) });
/** A folder whose reader answers in batches of `batch`, as Chrome's does (100 at a time). */
const folder = (name: string, children: EntryLike[], batch = 2): EntryLike => ({
  name,
  isFile: false,
  isDirectory: true,
  createReader() {
    let offset = 0;
    return {
      readEntries(ok) {
        const next = children.slice(offset, offset + batch);
        offset += next.length;
        queueMicrotask(() => ok(next));
      },
    };
  },
});

it('walks dropped folders, keeping relative paths, across reader batches', async () => {
  const tree = [file('top.txt'), folder('photos', [file('a.jpg'), file('b.jpg'), file('c.jpg'), folder('2024', [file('d.jpg')]), folder('empty', [])])];
  const found = await walkEntries(tree);
  expect(found.map((entry) => entry.path)).toEqual(['top.txt', 'photos/a.jpg', 'photos/b.jpg', 'photos/c.jpg', 'photos/2024/d.jpg']);
  expect(await found[4]!.file.text()).toBe('d.jpg');
});

it('reports a file that cannot be read', async () => {
  const broken: EntryLike = { name: 'gone.txt', isFile: true, isDirectory: false, file: (_ok, fail) => fail?.(new Error('NotFoundError')) };
  await expect(walkEntries([folder('f', [broken])])).rejects.toThrow('NotFoundError');
});
