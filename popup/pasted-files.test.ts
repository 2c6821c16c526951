import { describe, expect, it } from 'vitest';
import { pastedFiles, pastedImageName } from './pasted-files.ts';

const at = new Date(2026, 11, 1, 13, 5, 22);
const files = (...list: File[]) => ({ files: list as unknown as FileList });

describe('pasted files', () => {
  it('names a copied picture by the local time it was pasted', () => {
    expect(pastedImageName(at, 'png')).toBe('Pasted image 2026-12-01 13.05.22.png');
    const [pasted] = pastedFiles(files(new File(['x'], 'image.png', { type: 'image/png' })), at);
    expect(pasted?.path).toBe('Pasted image 2026-12-01 13.05.22.png');
    expect(pastedFiles(files(new File(['x'], '', { type: 'image/jpeg' })), at)[0]?.path).toBe('Pasted image 2026-12-01 13.05.22.jpeg');
  });

  it('keeps the names of files copied in a file manager, pictures too', () => {
    const list = pastedFiles(files(new File(['a'], 'notes.txt', { type: 'text/plain' }), new File(['b'], 'holiday.png', { type: 'image/png' })), at);
    expect(list.map((file) => file.path)).toEqual(['notes.txt', 'holiday.png']);
  });

  it('finds nothing in a paste of text', () => {
    expect(pastedFiles(files(), at)).toEqual([]);
    expect(pastedFiles(null, at)).toEqual([]);
  });
});
