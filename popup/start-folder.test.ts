import { describe, expect, it } from 'vitest';
import { startFolder } from './start-folder.ts';

const ROOT = 'private/${identityId}/';

describe('startFolder', () => {
  it('opens the saved-to folder inside the location shown', () => {
    expect(startFolder(`#folder=${encodeURIComponent('private/${identityId}/inbox/')}`, ROOT)).toBe('inbox/');
    expect(startFolder(`#folder=${encodeURIComponent('private/${identityId}/a b/ü/')}`, ROOT)).toBe('a b/ü/');
  });

  it('opens at the top for no hash, another location, a key that is not a folder, or a malformed hash', () => {
    expect(startFolder('', ROOT)).toBe('');
    expect(startFolder(`#folder=${encodeURIComponent('public/inbox/')}`, ROOT)).toBe('');
    expect(startFolder(`#folder=${encodeURIComponent('private/${identityId}/file.txt')}`, ROOT)).toBe('');
    expect(startFolder(`#folder=${encodeURIComponent(ROOT)}`, ROOT)).toBe('');
    expect(startFolder('#folder=%E0%A4%A', ROOT)).toBe('');
    expect(startFolder('#other=x', ROOT)).toBe('');
  });
});
