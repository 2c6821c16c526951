import { describe, expect, it } from 'vitest';
import { archiveName, zipHash, zipRequestFromHash } from './zip-url.ts';

const BASE = 'private/us-east-1:abc/';

describe('zip page address', () => {
  it('carries the folder, the chosen keys and the name there and back, whatever they hold', () => {
    const request = { base: 'private/a:b/trip #1/', items: ['private/a:b/trip #1/x%20y.txt', 'private/a:b/trip #1/sub/'], name: 'trip #1.zip' };
    expect(zipRequestFromHash(zipHash(request))).toEqual(request);
  });

  it('refuses a hash that is not such a request', () => {
    const ok = { base: 'a/', items: ['a/b.txt'], name: 'a.zip' };
    expect(zipRequestFromHash('')).toBeUndefined();
    expect(zipRequestFromHash('#%E0%A4%A')).toBeUndefined();
    expect(zipRequestFromHash(`#${encodeURIComponent('null')}`)).toBeUndefined();
    expect(zipRequestFromHash(zipHash({ ...ok, items: [] }))).toBeUndefined();
    // A key outside the folder would have no path inside the archive.
    expect(zipRequestFromHash(zipHash({ ...ok, items: ['b/c.txt'] }))).toBeUndefined();
    expect(zipRequestFromHash(`#${encodeURIComponent(JSON.stringify({ ...ok, items: [1] }))}`)).toBeUndefined();
    // The name is a file name for the downloads folder, nothing more.
    for (const name of ['../../.bashrc.zip', 'a/b.zip', 'evil.exe', '.zip', 'C:\\x.zip'])
      expect(zipRequestFromHash(zipHash({ ...ok, name })), name).toBeUndefined();
  });
});

describe('archiveName', () => {
  it('names the archive after the one folder zipped', () => {
    expect(archiveName([`${BASE}photos/`], BASE, 'My files')).toBe('photos.zip');
  });

  it('names it after the folder the items were chosen in, or what the top of the files is called', () => {
    expect(archiveName([`${BASE}trip/a.jpg`, `${BASE}trip/b/`], `${BASE}trip/`)).toBe('trip.zip');
    expect(archiveName([`${BASE}a.txt`, `${BASE}b/`], BASE, 'My files')).toBe('My files.zip');
    expect(archiveName(['a.txt', 'b.txt'], '')).toBe('Tote files.zip');
  });

  it('replaces characters a file system refuses, and every name it makes passes the page’s check', () => {
    expect(archiveName([`${BASE}a:b*c?/`], BASE)).toBe('a_b_c_.zip');
    expect(archiveName([`${BASE}../`], BASE)).toBe('Tote files.zip');
    for (const items of [[`${BASE}a:b*c?/`], [`${BASE}${'x'.repeat(300)}/`], [`${BASE}\u0001/`]])
      expect(zipRequestFromHash(zipHash({ base: BASE, items, name: archiveName(items, BASE) }))).toBeDefined();
  });
});
