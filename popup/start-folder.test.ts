import { describe, expect, it } from 'vitest';
import { startFolder } from './start-folder.ts';

const SCOPE = 'private/${identityId}/';

describe('startFolder', () => {
  it('opens the saved-to folder inside the scope', () => {
    expect(startFolder(`#folder=${encodeURIComponent('private/${identityId}/inbox/')}`, SCOPE)).toBe('inbox/');
    expect(startFolder(`#folder=${encodeURIComponent('private/${identityId}/a b/ü/')}`, SCOPE)).toBe('a b/ü/');
  });

  it('opens at the top for no hash, another scope, a key that is not a folder, or a malformed hash', () => {
    expect(startFolder('', SCOPE)).toBe('');
    expect(startFolder(`#folder=${encodeURIComponent('public/inbox/')}`, SCOPE)).toBe('');
    expect(startFolder(`#folder=${encodeURIComponent('private/${identityId}/file.txt')}`, SCOPE)).toBe('');
    expect(startFolder(`#folder=${encodeURIComponent(SCOPE)}`, SCOPE)).toBe('');
    expect(startFolder('#folder=%E0%A4%A', SCOPE)).toBe('');
    expect(startFolder('#other=x', SCOPE)).toBe('');
  });
});
